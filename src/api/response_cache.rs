//! Repeated public reads answered from memory: the outermost layer keeps the finished
//! response (CORS, `Vary`, entity tag, encoding and all) of every read its handler marked
//! [`Reusable`], and answers the same request again without routing, extractors or the other
//! middleware. A storefront's reads are a few hundred distinct URLs asked millions of times,
//! and this is what lets a profile read keep up with nginx serving the same bytes
//! (`benches/http.sh`).
//!
//! Each worker thread keeps its own copies, so a hit touches no lock and no reference count
//! another core is also changing (the shared counters cost about a tenth of the hit path).
//!
//! Correctness rests on three rules:
//! - only handlers mark responses, and only those that depend on nothing but the URL, the
//!   release they read and the request headers in [`KEY_HEADERS`] (never the clock: moving
//!   holiday windows and contact windows without `at` are not marked);
//! - a response whose `Vary` names any other header is not kept, and neither is one to a
//!   request carrying credentials;
//! - an entry read from the latest release is used only while that release is still the one
//!   being served, so a publish (here or on another node) is seen by the next request.
//!   Pinned reads (`?release=N`) never change.

use std::cell::RefCell;
use std::future::{Ready, ready};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

use actix_utils::future::Either;
use actix_web::HttpResponse;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Service, ServiceRequest, ServiceResponse, Transform, forward_ready};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::web::Bytes;
use quick_cache::Weighter;

use super::access;
use crate::metrics::{Metrics, RouteMetrics};
use crate::snapshot::{Snapshot, SnapshotHandle};

/// Memory each worker's kept responses may use: every market, locale and encoding of the
/// seed content fits several times over; one-off URLs are evicted first (quick_cache's
/// S3-FIFO).
pub const DEFAULT_BUDGET_BYTES: u64 = 16 * 1024 * 1024;

/// The request headers a kept response may depend on, besides the method and the URL.
pub const KEY_HEADERS: [HeaderName; 7] = [
    header::ACCEPT,
    header::ACCEPT_ENCODING,
    header::ACCEPT_LANGUAGE,
    header::IF_NONE_MATCH,
    header::ORIGIN,
    header::ACCESS_CONTROL_REQUEST_METHOD,
    header::ACCESS_CONTROL_REQUEST_HEADERS,
];

/// A handler's promise that this response depends only on the URL, the [`KEY_HEADERS`] and
/// the release it was read from.
#[derive(Debug, Clone, Copy)]
pub struct Reusable {
    release: i64,
    pinned: bool,
}

/// Marks `response`, read from `snapshot`, as reusable (see [`Reusable`]).
pub fn mark(response: &mut HttpResponse, snapshot: &Snapshot, pinned: bool) {
    response.extensions_mut().insert(Reusable {
        release: snapshot.release.number,
        pinned,
    });
}

struct Entry {
    reusable: Reusable,
    status: StatusCode,
    headers: Vec<(HeaderName, HeaderValue)>,
    body: Bytes,
    route: RouteMetrics,
    weight: u64,
}

impl Entry {
    fn response(&self) -> HttpResponse {
        let mut response = HttpResponse::with_body(self.status, BoxBody::new(self.body.clone()));
        let headers = response.headers_mut();
        for (name, value) in &self.headers {
            headers.append(name.clone(), value.clone());
        }
        response
    }
}

#[derive(Clone)]
struct ByBytes;

impl Weighter<Box<[u8]>, Rc<Entry>> for ByBytes {
    fn weight(&self, key: &Box<[u8]>, entry: &Rc<Entry>) -> u64 {
        key.len() as u64 + entry.weight
    }
}

type Entries = quick_cache::unsync::Cache<Box<[u8]>, Rc<Entry>, ByBytes>;

struct Shared {
    snapshot: SnapshotHandle,
    metrics: Arc<Metrics>,
    budget_bytes: u64,
}

/// The middleware; wrap it outermost so what it keeps is what the client got.
#[derive(Clone)]
pub struct ResponseCache(Arc<Shared>);

impl ResponseCache {
    /// `budget_bytes` is per worker thread.
    pub fn new(snapshot: SnapshotHandle, metrics: Arc<Metrics>, budget_bytes: u64) -> Self {
        Self(Arc::new(Shared {
            snapshot,
            metrics,
            budget_bytes,
        }))
    }
}

impl<S, B> Transform<S, ServiceRequest> for ResponseCache
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    type Transform = ResponseCacheService<S>;
    type InitError = ();
    type Future = Ready<Result<Self::Transform, Self::InitError>>;

    fn new_transform(&self, service: S) -> Self::Future {
        // A profile body and its two compressed copies are about 24 KiB together.
        let estimated_items = (self.0.budget_bytes / 8192).max(16) as usize;
        ready(Ok(ResponseCacheService {
            service: Rc::new(service),
            shared: Arc::clone(&self.0),
            entries: Rc::new(RefCell::new(Entries::with_weighter(
                estimated_items,
                self.0.budget_bytes,
                ByBytes,
            ))),
        }))
    }
}

pub struct ResponseCacheService<S> {
    service: Rc<S>,
    shared: Arc<Shared>,
    /// This worker's.
    entries: Rc<RefCell<Entries>>,
}

impl<S, B> Service<ServiceRequest> for ResponseCacheService<S>
where
    S: Service<ServiceRequest, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = ServiceResponse<BoxBody>;
    type Error = actix_web::Error;
    /// A hit is ready at once, without a boxed future.
    type Future = Either<
        Ready<Result<Self::Response, Self::Error>>,
        Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>>>>,
    >;

    forward_ready!(service);

    fn call(&self, req: ServiceRequest) -> Self::Future {
        let start = Instant::now();
        let lookup = KEY.with_borrow_mut(|key| {
            if !fill_key(&req, key) {
                return Lookup::Pass;
            }
            match self.entries.borrow().get(&key[..]) {
                Some(entry) if self.is_current(&entry.reusable) => Lookup::Hit(Rc::clone(entry)),
                _ => Lookup::Miss(key.clone()),
            }
        });
        let key = match lookup {
            Lookup::Pass => {
                let call = self.service.call(req);
                return Either::right(Box::pin(
                    async move { Ok(call.await?.map_into_boxed_body()) },
                ));
            }
            Lookup::Hit(entry) => {
                let response = req.into_response(entry.response());
                let elapsed = start.elapsed();
                entry.route.observe(elapsed);
                self.shared.metrics.response_cache_hit();
                access::log(
                    response.request().method(),
                    response.request().path(),
                    entry.status,
                    elapsed,
                );
                return Either::left(ready(Ok(response)));
            }
            Lookup::Miss(key) => key,
        };
        let call = self.service.call(req);
        let shared = Arc::clone(&self.shared);
        let entries = Rc::clone(&self.entries);
        Either::right(Box::pin(async move {
            let response = call.await?;
            Ok(keep(&shared, &entries, key, response))
        }))
    }
}

impl<S> ResponseCacheService<S> {
    fn is_current(&self, reusable: &Reusable) -> bool {
        reusable.pinned || reusable.release == self.shared.snapshot.release_number()
    }
}

enum Lookup {
    /// Never kept: not a read, or a signed-in one.
    Pass,
    Hit(Rc<Entry>),
    Miss(Vec<u8>),
}

thread_local! {
    /// Where each request's key is built, so a hit allocates none.
    static KEY: RefCell<Vec<u8>> = RefCell::new(Vec::with_capacity(512));
}

/// Writes into `key` the key of a request that may be answered from memory: method, URL and
/// the [`KEY_HEADERS`], each part ended by a byte no header or URL holds. False for requests
/// that are never kept.
fn fill_key(req: &ServiceRequest, key: &mut Vec<u8>) -> bool {
    let method = req.method();
    if method != Method::GET && method != Method::HEAD {
        return false;
    }
    let headers = req.headers();
    if headers.contains_key(header::AUTHORIZATION) || headers.contains_key(header::COOKIE) {
        return false;
    }
    let uri = req.uri();
    let target = uri.path_and_query().map_or(uri.path(), |pq| pq.as_str());
    key.clear();
    key.extend_from_slice(method.as_str().as_bytes());
    key.push(0);
    key.extend_from_slice(target.as_bytes());
    for name in &KEY_HEADERS {
        key.push(0);
        // Absent and empty differ; repeated headers are kept in order.
        for (i, value) in headers.get_all(name).enumerate() {
            key.push(if i == 0 { 1 } else { 2 });
            key.extend_from_slice(value.as_bytes());
        }
    }
    true
}

/// Keeps `response` if its handler marked it and it depends on nothing outside the key.
fn keep<B: MessageBody + 'static>(
    shared: &Shared,
    entries: &RefCell<Entries>,
    key: Vec<u8>,
    response: ServiceResponse<B>,
) -> ServiceResponse<BoxBody> {
    let Some(reusable) = response.response().extensions().get::<Reusable>().copied() else {
        return response.map_into_boxed_body();
    };
    let status = response.status();
    if !(status == StatusCode::OK || status == StatusCode::NOT_MODIFIED)
        || !vary_within_key(response.headers())
    {
        return response.map_into_boxed_body();
    }
    let route = {
        let req = response.request();
        let pattern = req.match_pattern();
        shared.metrics.route(
            req.method().as_str(),
            pattern.as_deref().unwrap_or("unmatched"),
            status.as_str(),
        )
    };
    let (req, response) = response.into_parts();
    let (response, body) = response.into_parts();
    let body = match body.try_into_bytes() {
        Ok(bytes) => bytes,
        Err(body) => {
            return ServiceResponse::new(req, response.set_body(body).map_into_boxed_body());
        }
    };
    // Copies, not shared references: see the module's note on other cores.
    let headers: Vec<(HeaderName, HeaderValue)> = response
        .headers()
        .iter()
        .map(|(n, v)| {
            let own = HeaderValue::from_bytes(v.as_bytes()).unwrap_or_else(|_| v.clone());
            (n.clone(), own)
        })
        .collect();
    let kept = Bytes::copy_from_slice(&body);
    let weight = body.len() as u64
        + headers
            .iter()
            .map(|(n, v)| (n.as_str().len() + v.len() + 32) as u64)
            .sum::<u64>()
        + std::mem::size_of::<Entry>() as u64;
    entries.borrow_mut().insert(
        key.into_boxed_slice(),
        Rc::new(Entry {
            reusable,
            status,
            headers,
            body: kept,
            route,
            weight,
        }),
    );
    ServiceResponse::new(req, response.set_body(BoxBody::new(body)))
}

fn vary_within_key(headers: &header::HeaderMap) -> bool {
    headers.get_all(header::VARY).all(|value| {
        value.to_str().is_ok_and(|names| {
            names.split(',').map(str::trim).all(|name| {
                name.is_empty()
                    || KEY_HEADERS
                        .iter()
                        .any(|k| k.as_str().eq_ignore_ascii_case(name))
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vary_must_stay_within_the_key() {
        let mut headers = header::HeaderMap::new();
        assert!(vary_within_key(&headers));
        headers.insert(
            header::VARY,
            HeaderValue::from_static("Accept-Language, Accept-Encoding, Origin"),
        );
        assert!(vary_within_key(&headers));
        headers.append(header::VARY, HeaderValue::from_static("Cookie"));
        assert!(!vary_within_key(&headers));
        headers.insert(header::VARY, HeaderValue::from_static("*"));
        assert!(!vary_within_key(&headers));
    }

    #[test]
    fn keys_tell_requests_apart() {
        use actix_web::test::TestRequest;
        let key = |req: TestRequest| {
            let mut key = Vec::new();
            fill_key(&req.to_srv_request(), &mut key).then_some(key)
        };
        let plain = key(TestRequest::get().uri("/v1/markets/JP"));
        assert!(plain.is_some());
        assert_ne!(
            plain,
            key(TestRequest::get().uri("/v1/markets/JP?lang=zh-CN"))
        );
        assert_ne!(
            plain,
            key(TestRequest::get()
                .uri("/v1/markets/JP")
                .insert_header(("accept-encoding", "br")))
        );
        // An empty header is not an absent one.
        assert_ne!(
            plain,
            key(TestRequest::get()
                .uri("/v1/markets/JP")
                .insert_header(("origin", "")))
        );
        assert_ne!(
            plain,
            key(TestRequest::default()
                .method(Method::HEAD)
                .uri("/v1/markets/JP"))
        );
        assert_eq!(
            key(TestRequest::get()
                .uri("/v1/markets/JP")
                .insert_header(("authorization", "Bearer x"))),
            None
        );
        assert_eq!(key(TestRequest::post().uri("/v1/lint")), None);
    }
}
