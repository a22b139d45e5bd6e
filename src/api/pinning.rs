//! `?release=N`: any read can pin a published release and get exactly its content.

use std::sync::Arc;

use serde::Deserialize;
use utoipa::IntoParams;

use super::blocking::{internal, with_conn};
use super::problem::ApiError;
use crate::db::store;
use crate::snapshot::Snapshot;
use crate::snapshot::history;
use crate::state::{self, AppState};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReleaseQuery {
    /// Read this published release instead of the latest (see `GET /v1/releases`).
    #[param(minimum = 1, example = 1)]
    pub release: Option<i64>,
}

/// The snapshot to read from, and whether the client pinned a release (its responses never
/// change, so they may be cached for good).
pub async fn snapshot_at(
    state: &AppState,
    release: Option<i64>,
) -> Result<(Arc<Snapshot>, bool), ApiError> {
    let current = state.snapshot.load();
    let Some(release) = release else {
        return Ok((current, false));
    };
    if release < 1 {
        return Err(ApiError::invalid("release", "release numbers start at 1"));
    }
    if release == current.release.number {
        return Ok((current, true));
    }
    let history = Arc::clone(&state.history);
    let pool = state.pool.clone();
    let built = history
        .get_or_build(release, || {
            with_conn(&pool, move |conn| {
                let Some(row) = store::release(conn, release).map_err(internal)? else {
                    return Ok(None);
                };
                let (snapshot, source) = state::load_release_sized(conn, row).map_err(internal)?;
                let weight = history::weight(&snapshot, source);
                Ok(Some((snapshot, weight)))
            })
        })
        .await?;
    let snapshot =
        built.ok_or_else(|| ApiError::NotFound(format!("There is no release {release}.")))?;
    Ok((snapshot, true))
}
