//! The README's run command works: the real binary starts with `serve --dev`, seeds an empty
//! database and answers over TCP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

/// Kills the server when the test ends, passed or not.
struct Server(std::process::Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn http_get(address: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn serve_dev_starts_seeds_and_answers() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_marketguide"))
        // --data-dir decides where the database is, whatever the shell says.
        .env_remove("MARKETGUIDE_DATABASE_URL")
        .args(["--data-dir", dir.path().to_str().unwrap(), "--log-json"])
        .args(["serve", "--dev", "--bind", "127.0.0.1:0", "--workers", "1"])
        .env_remove("MARKETGUIDE_JWT_SECRET")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let server = Server(child);
    let mut lines = BufReader::new(stderr).lines();
    let mut address = None;
    for line in lines.by_ref() {
        let line = line.unwrap();
        if line.contains("marketguide is serving") {
            let log: serde_json::Value = serde_json::from_str(&line).unwrap();
            address = log["fields"]["address"].as_str().map(str::to_string);
            break;
        }
    }
    let address = address.expect("the server said where it listens");
    // Keep reading its logs, or it would write into a closed pipe.
    std::thread::spawn(move || lines.for_each(drop));
    let ready = http_get(&address, "/readyz");
    assert!(ready.starts_with("HTTP/1.1 200"), "{ready}");
    let profile = http_get(&address, "/v1/markets/JP");
    assert!(profile.starts_with("HTTP/1.1 200"), "{profile}");
    assert!(profile.contains("\"release\":1"), "{profile}");
    drop(server);
}
