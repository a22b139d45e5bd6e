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

/// Starts `marketguide serve --dev` with `args` on a fresh database; returns it and its address.
fn serve(dir: &std::path::Path, args: &[&str]) -> (Server, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marketguide"))
        // --data-dir decides where the database is, whatever the shell says.
        .env_remove("MARKETGUIDE_DATABASE_URL")
        .env_remove("MARKETGUIDE_PIN_WORKERS")
        .args(["--data-dir", dir.to_str().unwrap(), "--log-json"])
        .args(["serve", "--dev", "--bind", "127.0.0.1:0"])
        .args(args)
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
    (server, address)
}

#[test]
fn serve_dev_starts_seeds_and_answers() {
    let dir = tempfile::tempdir().unwrap();
    let (server, address) = serve(dir.path(), &["--workers", "1"]);
    let ready = http_get(&address, "/readyz");
    assert!(ready.starts_with("HTTP/1.1 200"), "{ready}");
    let profile = http_get(&address, "/v1/markets/JP");
    assert!(profile.starts_with("HTTP/1.1 200"), "{profile}");
    assert!(profile.contains("\"release\":1"), "{profile}");
    drop(server);
}

/// The CPUs each thread named `name` of process `pid` may run on, as the kernel lists them.
#[cfg(target_os = "linux")]
fn cpus_of_threads(pid: u32, name: &str) -> Vec<String> {
    let mut lists = Vec::new();
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).unwrap() {
        let task = task.unwrap().path();
        let comm = std::fs::read_to_string(task.join("comm")).unwrap_or_default();
        if comm.trim_end() != name {
            continue;
        }
        let status = std::fs::read_to_string(task.join("status")).unwrap_or_default();
        if let Some(line) = status.lines().find(|l| l.starts_with("Cpus_allowed_list:")) {
            lists.push(line["Cpus_allowed_list:".len()..].trim().to_string());
        }
    }
    lists.sort();
    lists
}

#[cfg(target_os = "linux")]
#[test]
fn workers_are_pinned_one_per_cpu_and_blocking_work_is_not() {
    let allowed = std::fs::read_to_string("/proc/self/status")
        .unwrap()
        .lines()
        .find_map(|l| {
            l.strip_prefix("Cpus_allowed_list:")
                .map(|v| v.trim().to_string())
        })
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (server, address) = serve(dir.path(), &["--workers", "2", "--pin-workers", "on"]);
    // A database read, so a worker starts a blocking thread.
    assert!(http_get(&address, "/readyz").starts_with("HTTP/1.1 200"));
    let pid = server.0.id();
    let workers = cpus_of_threads(pid, "actix-rt|system");
    assert_eq!(workers.len(), 2, "{workers:?}");
    // One CPU each, and not the same one where there are two to choose from.
    assert!(
        workers.iter().all(|l| l.parse::<usize>().is_ok()),
        "{workers:?}"
    );
    if allowed.contains(['-', ',']) {
        assert_ne!(workers[0], workers[1], "two workers on one CPU");
    }
    let blocking = cpus_of_threads(pid, "tokio-rt-worker");
    assert!(!blocking.is_empty());
    assert!(blocking.iter().all(|l| *l == allowed), "{blocking:?}");
    drop(server);

    let dir = tempfile::tempdir().unwrap();
    let (server, _) = serve(dir.path(), &["--workers", "2", "--pin-workers", "off"]);
    let workers = cpus_of_threads(server.0.id(), "actix-rt|system");
    assert!(workers.iter().all(|l| *l == allowed), "{workers:?}");
}
