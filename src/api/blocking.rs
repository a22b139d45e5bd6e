//! Database work from async handlers: run on actix's blocking pool, errors as problems.

use super::problem::ApiError;
use crate::db::{DbConnection, Pool};

/// Runs `f` with a pooled connection on the blocking pool.
pub async fn with_conn<T: Send + 'static>(
    pool: &Pool,
    f: impl FnOnce(&mut DbConnection) -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    let pool = pool.clone();
    crate::affinity::block(move || {
        let mut conn = pool.get().map_err(|e| ApiError::Internal(e.into()))?;
        f(&mut conn)
    })
    .await
    .map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))?
}

/// For `?` on store and query errors inside [`with_conn`].
pub fn internal(e: impl Into<anyhow::Error>) -> ApiError {
    ApiError::Internal(e.into())
}
