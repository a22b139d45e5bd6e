//! Repeated public reads answered from memory: a layer in front of the application keeps the
//! finished response (CORS, `Vary`, entity tag, encoding and all) of every read its handler
//! marked [`Reusable`], and answers the same request again without actix-web's request
//! object, routing, extractors or middleware, with its HTTP/1 header lines encoded once. A storefront's reads are a few hundred distinct URLs asked millions of times,
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

use actix_http::{Request, Response, Version};
use actix_service::IntoServiceFactory;
use actix_utils::future::Either;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{AppConfig, Service, ServiceFactory, ServiceResponse};
use actix_web::http::header::{self, HeaderMap, HeaderName};
use actix_web::http::{Method, StatusCode, Uri};
use actix_web::web::{Bytes, BytesMut};
use actix_web::{HttpMessage, HttpResponse};
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
    /// The headers as HTTP/1 lines, encoded once (the vendored actix-http writes them as
    /// they are): a hit builds no header map and encodes nothing.
    lines: Bytes,
    body: Bytes,
    route: RouteMetrics,
    weight: u64,
}

impl Entry {
    fn response(&self) -> Response<BoxBody> {
        let mut response = Response::with_body(self.status, BoxBody::new(self.body.clone()));
        response.head_mut().set_encoded_headers(self.lines.clone());
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

/// The cache's settings; [`around`](Self::around) puts it in front of the application.
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

    /// The application with the cache in front of it. It sits outside actix-web's `App`, on
    /// the raw HTTP request, so a hit costs no request object, routing or middleware, and
    /// what it keeps is the finished answer the client got.
    pub fn around<F: ServiceFactory<Request>>(
        &self,
        app: impl IntoServiceFactory<F, Request>,
    ) -> Cached<F> {
        Cached {
            app: app.into_factory(),
            shared: Arc::clone(&self.0),
        }
    }
}

/// The application behind the cache, as the HTTP server's service factory.
pub struct Cached<F> {
    app: F,
    shared: Arc<Shared>,
}

impl<F, B> ServiceFactory<Request> for Cached<F>
where
    F: ServiceFactory<
            Request,
            Config = AppConfig,
            Response = ServiceResponse<B>,
            Error = actix_web::Error,
        >,
    F::Future: 'static,
    F::Service: 'static,
    B: MessageBody + 'static,
{
    type Response = Response<BoxBody>;
    type Error = actix_web::Error;
    type Config = AppConfig;
    type Service = CachedService<F::Service>;
    type InitError = F::InitError;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Service, Self::InitError>>>>;

    fn new_service(&self, config: AppConfig) -> Self::Future {
        let app = self.app.new_service(config);
        let shared = Arc::clone(&self.shared);
        // A profile body and its two compressed copies are about 24 KiB together.
        let estimated_items = (shared.budget_bytes / 8192).max(16) as usize;
        Box::pin(async move {
            let entries = Entries::with_weighter(estimated_items, shared.budget_bytes, ByBytes);
            Ok(CachedService {
                app: Rc::new(app.await?),
                shared,
                entries: Rc::new(RefCell::new(entries)),
            })
        })
    }
}

pub struct CachedService<S> {
    app: Rc<S>,
    shared: Arc<Shared>,
    /// This worker's.
    entries: Rc<RefCell<Entries>>,
}

impl<S, B> Service<Request> for CachedService<S>
where
    S: Service<Request, Response = ServiceResponse<B>, Error = actix_web::Error> + 'static,
    B: MessageBody + 'static,
{
    type Response = Response<BoxBody>;
    type Error = actix_web::Error;
    /// A hit is ready at once, without a boxed future.
    type Future = Either<
        Ready<Result<Self::Response, Self::Error>>,
        Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>>>>,
    >;

    actix_web::dev::forward_ready!(app);

    fn call(&self, mut req: Request) -> Self::Future {
        let start = Instant::now();
        // HEAD is GET without the body (RFC 9110 §9.3.2), which the HTTP/1 codec leaves out
        // by itself: so every read route answers it, with the headers and length of its GET,
        // and from the same kept entry.
        if req.method() == Method::HEAD {
            req.head_mut().method = Method::GET;
        }
        let lookup = KEY.with_borrow_mut(|key| {
            // HTTP/2's encoder reads a header map, not encoded lines; we serve it only
            // over TLS, which this server does not terminate.
            if req.version() == Version::HTTP_2
                || !fill_key(req.method(), req.uri(), req.headers(), key)
            {
                return Lookup::Pass;
            }
            match self.entries.borrow().get(&key[..]) {
                Some(entry) if self.is_current(&entry.reusable) => Lookup::Hit(Rc::clone(entry)),
                _ => Lookup::Miss(key.clone()),
            }
        });
        let key = match lookup {
            Lookup::Pass => {
                let call = self.app.call(req);
                return Either::right(Box::pin(async move {
                    Ok(call.await?.map_into_boxed_body().into())
                }));
            }
            Lookup::Hit(entry) => {
                let response = entry.response();
                let elapsed = start.elapsed();
                entry.route.observe(elapsed);
                self.shared.metrics.response_cache_hit();
                access::log(req.method(), req.path(), entry.status, elapsed);
                return Either::left(ready(Ok(response)));
            }
            Lookup::Miss(key) => key,
        };
        let call = self.app.call(req);
        let shared = Arc::clone(&self.shared);
        let entries = Rc::clone(&self.entries);
        Either::right(Box::pin(async move {
            let response = call.await?;
            Ok(keep(&shared, &entries, key, response))
        }))
    }
}

impl<S> CachedService<S> {
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
fn fill_key(method: &Method, uri: &Uri, headers: &HeaderMap, key: &mut Vec<u8>) -> bool {
    // HEAD arrives here as GET (see `call`).
    if method != Method::GET {
        return false;
    }
    if headers.contains_key(header::AUTHORIZATION) || headers.contains_key(header::COOKIE) {
        return false;
    }
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
) -> Response<BoxBody> {
    let Some(reusable) = response.response().extensions().get::<Reusable>().copied() else {
        return response.map_into_boxed_body().into();
    };
    let status = response.status();
    if !(status == StatusCode::OK || status == StatusCode::NOT_MODIFIED)
        || !vary_within_key(response.headers())
    {
        return response.map_into_boxed_body().into();
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
    let response = response.into_parts().1;
    let (response, body) = response.into_parts();
    let body = match body.try_into_bytes() {
        Ok(bytes) => bytes,
        Err(body) => return response.set_body(body).map_into_boxed_body().into(),
    };
    // Copies, not shared references: see the module's note on other cores.
    let lines = header_lines(response.headers(), status);
    let kept = Bytes::copy_from_slice(&body);
    let weight = (body.len() + lines.len() + std::mem::size_of::<Entry>()) as u64;
    entries.borrow_mut().insert(
        key.into_boxed_slice(),
        Rc::new(Entry {
            reusable,
            status,
            lines,
            body: kept,
            route,
            weight,
        }),
    );
    response.set_body(BoxBody::new(body)).into()
}

/// Whether a kept header is ours to replay: the encoders write the connection, framing and
/// date headers themselves (a 304 keeps a `content-length` it was given, as upstream does).
fn encoded_by_us(name: &HeaderName, status: StatusCode) -> bool {
    match *name {
        header::CONNECTION | header::DATE | header::TRANSFER_ENCODING => false,
        header::CONTENT_LENGTH => status == StatusCode::NOT_MODIFIED,
        _ => true,
    }
}

/// `name: value\r\n` for each header we replay, as actix-http's HTTP/1 encoder writes them.
fn header_lines(headers: &HeaderMap, status: StatusCode) -> Bytes {
    let mut lines = BytesMut::new();
    for (name, value) in headers
        .iter()
        .filter(|(name, _)| encoded_by_us(name, status))
    {
        lines.extend_from_slice(name.as_str().as_bytes());
        lines.extend_from_slice(b": ");
        lines.extend_from_slice(value.as_bytes());
        lines.extend_from_slice(b"\r\n");
    }
    lines.freeze()
}

fn vary_within_key(headers: &HeaderMap) -> bool {
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
    use actix_web::http::header::HeaderValue;

    #[test]
    fn vary_must_stay_within_the_key() {
        let mut headers = HeaderMap::new();
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
            let req = req.to_http_request();
            fill_key(req.method(), req.uri(), req.headers(), &mut key).then_some(key)
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
        // `call` turns HEAD into GET first, so a HEAD never reaches the key.
        assert_eq!(
            key(TestRequest::default()
                .method(Method::HEAD)
                .uri("/v1/markets/JP")),
            None
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
