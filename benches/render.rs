//! Phrase rendering throughput: a typical 5-message `customer-service` render request for a
//! Japanese buyer, in-process (the same `PhraseSet::render` the handler calls) and over HTTP
//! (the real app on a loopback socket, one keep-alive connection per client thread).
//!
//! Run with `cargo bench --bench render` (or `benches/run.sh`, which also runs the Node.js
//! reference implementation on the same work). Prints the median of several samples.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use marketguide::affinity::PinWorkers;
use marketguide::content::{Catalog, ContentSet};
use marketguide::phrases::PhraseBook;
use marketguide::phrases::render::fluent_args;
use marketguide::startup;

const SAMPLES: usize = 7;
const MESSAGES: [&str; 5] = [
    "greeting",
    "late-reply-apology",
    "will-check-and-reply",
    "order-confirmation",
    "closing-thanks",
];

fn args() -> serde_json::Map<String, serde_json::Value> {
    serde_json::json!({
        "salutation": "formal", "buyer_status": "returning", "buyer_name": "田中",
        "shop_name": "さくら屋", "agent_name": "佐藤", "reason": "holiday",
        "hours": 24, "order_id": "A-10023", "days": 2
    })
    .as_object()
    .unwrap()
    .clone()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn in_process() -> f64 {
    let catalog = Catalog::parse(&ContentSet::seed().unwrap()).unwrap();
    let book = PhraseBook::build(&catalog);
    let set = &book.sets["customer-service"];
    let ids: Vec<String> = MESSAGES.iter().map(|s| s.to_string()).collect();
    let json = args();
    let iterations = 20_000;
    let mut samples = Vec::new();
    for _ in 0..SAMPLES {
        let start = Instant::now();
        for _ in 0..iterations {
            // The whole per-request work: negotiate, convert arguments, format.
            let chain = set.chain(&["ja-JP".parse().unwrap()]);
            let mut warnings = Vec::new();
            let args = fluent_args(&json, &mut warnings);
            let out = set.render(&chain, Some(&ids), &args, false, &mut warnings);
            assert_eq!(out.len(), 5);
            assert!(warnings.is_empty(), "{warnings:?}");
            std::hint::black_box(out);
        }
        samples.push(iterations as f64 / start.elapsed().as_secs_f64());
    }
    median(samples)
}

fn over_http(clients: usize) -> f64 {
    let dir = tempfile::tempdir().unwrap();
    let url = dir
        .path()
        .join("bench.sqlite3")
        .to_string_lossy()
        .into_owned();
    let state = marketguide::state::prepare(&url, &ContentSet::seed().unwrap(), keys()).unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let server = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            startup::run(listener, state, Some(1), PinWorkers::Off)
                .unwrap()
                .await
        })
    });
    std::thread::sleep(Duration::from_millis(300));

    let body =
        serde_json::json!({"locale": "ja-JP", "messages": MESSAGES, "args": args()}).to_string();
    let request = format!(
        "POST /v1/phrase-sets/customer-service/render HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let per_client = 4_000;
    let mut samples = Vec::new();
    for _ in 0..SAMPLES {
        let start = Instant::now();
        let threads: Vec<_> = (0..clients)
            .map(|_| {
                let request = request.clone();
                std::thread::spawn(move || {
                    let mut stream = TcpStream::connect(addr).unwrap();
                    stream.set_nodelay(true).unwrap();
                    let mut buf = vec![0u8; 64 * 1024];
                    for _ in 0..per_client {
                        stream.write_all(request.as_bytes()).unwrap();
                        read_response(&mut stream, &mut buf);
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        samples.push((clients * per_client) as f64 / start.elapsed().as_secs_f64());
    }
    drop(server);
    median(samples)
}

/// Reads one HTTP/1.1 response with a Content-Length body; asserts it is a 200.
fn read_response(stream: &mut TcpStream, buf: &mut [u8]) {
    let mut filled = 0;
    loop {
        let n = stream.read(&mut buf[filled..]).unwrap();
        assert!(n > 0, "server closed the connection");
        filled += n;
        let Some(head_end) = buf[..filled].windows(4).position(|w| w == b"\r\n\r\n") else {
            continue;
        };
        let head = std::str::from_utf8(&buf[..head_end]).unwrap();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        let length: usize = head
            .lines()
            .find_map(|l| {
                l.to_ascii_lowercase()
                    .strip_prefix("content-length: ")
                    .map(|v| v.trim().parse().unwrap())
            })
            .expect("content-length");
        if filled >= head_end + 4 + length {
            return;
        }
    }
}

fn main() {
    // `cargo bench` passes `--bench`; nothing else is accepted.
    let rps = in_process();
    println!(
        "in-process render (5 messages, ja-JP): median {rps:.0} requests/s ({:.0} messages/s) over {SAMPLES} samples",
        rps * 5.0
    );
    let http = over_http(1);
    println!(
        "over HTTP, 1 client, 1 worker:         median {http:.0} requests/s over {SAMPLES} samples"
    );
}

fn keys() -> marketguide::auth::TokenKeys {
    marketguide::auth::TokenKeys::ephemeral(std::time::Duration::from_secs(3600))
}
