//! Validated request inputs: parsed once at the edge, typed from then on.

use serde::Deserialize;
use utoipa::IntoParams;

use super::problem::ApiError;
use crate::content::model::Region;

impl MarketListQuery {
    pub fn region(&self) -> Result<Option<Region>, ApiError> {
        let Some(raw) = &self.region else {
            return Ok(None);
        };
        Region::ALL
            .into_iter()
            .find(|r| r.as_str() == raw)
            .map(Some)
            .ok_or_else(|| {
                let all: Vec<_> = Region::ALL.iter().map(|r| r.as_str()).collect();
                ApiError::invalid(
                    "region",
                    format!("unknown region `{raw}`; expected one of {}", all.join(", ")),
                )
            })
    }
}

/// An ISO 3166-1 alpha-2 code, upper-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketCode(String);

impl MarketCode {
    pub fn parse(raw: &str) -> Result<Self, ApiError> {
        if raw.len() == 2 && raw.bytes().all(|b| b.is_ascii_alphabetic()) {
            Ok(Self(raw.to_ascii_uppercase()))
        } else {
            Err(ApiError::invalid(
                "code",
                format!(
                    "`{raw}` is not a market code: expected two letters (ISO 3166-1 alpha-2, e.g. `JP`)"
                ),
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LangQuery {
    /// Locale of the text (BCP 47, e.g. `zh-CN`; a comma-separated list is tried in order).
    /// Overrides `Accept-Language`.
    #[param(pattern = "{bcp47-list}", example = "zh-CN")]
    pub lang: Option<String>,
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MarketListQuery {
    /// Locale of the text (BCP 47, e.g. `zh-CN`). Overrides `Accept-Language`.
    #[param(pattern = "{bcp47-list}", example = "zh-CN")]
    pub lang: Option<String>,
    /// Only markets in this region.
    #[param(value_type = Option<Region>)]
    pub region: Option<String>,
    /// Only markets that rank this channel (an id from `GET /v1/channels`).
    #[param(pattern = r"^[a-z0-9][a-z0-9-]*$", example = "whatsapp")]
    pub channel: Option<String>,
    /// Only markets that rank this payment method (an id from `GET /v1/payments`).
    #[param(pattern = r"^[a-z0-9][a-z0-9-]*$", example = "pix")]
    pub payment: Option<String>,
    /// Only markets whose buyers use this marketplace (an id from `GET /v1/marketplaces`).
    #[param(pattern = r"^[a-z0-9][a-z0-9-]*$", example = "shopee")]
    pub marketplace: Option<String>,
}

/// A page size: `default` when absent, refused outside `1..=max`.
pub fn page_limit(raw: Option<i64>, default: i64, max: i64) -> Result<i64, ApiError> {
    let limit = raw.unwrap_or(default);
    if (1..=max).contains(&limit) {
        Ok(limit)
    } else {
        Err(ApiError::invalid(
            "limit",
            format!("must be between 1 and {max}"),
        ))
    }
}
