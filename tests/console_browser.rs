//! The console in a real browser: headless Chromium driven over WebDriver (chromedriver).
//! Ignored by default because it needs the Debian packages `chromium` and `chromium-driver`;
//! `.ci/run` installs them and runs `cargo test --locked --test console_browser -- --ignored`.
//!
//! Set `MARKETGUIDE_SCREENSHOTS=DIR` to also save a screenshot of every page on the way.

mod common;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::spawn_app;
use fantoccini::{Client, ClientBuilder, Locator};
use marketguide::auth::Role;

const PASSWORD: &str = "a long passphrase for tests";

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start() -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting {binary} (apt-get install chromium-driver): {e}"));
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        Self { child, port }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn browser(driver: &Driver) -> Client {
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1366,900", "--lang=en-US"],
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .expect("a WebDriver session")
}

/// Saves a screenshot of the current page when asked to.
async fn shot(client: &Client, name: &str) {
    if let Ok(dir) = std::env::var("MARKETGUIDE_SCREENSHOTS") {
        let png = client.screenshot().await.expect("screenshot");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(format!("{dir}/{name}.png"), png).unwrap();
    }
}

async fn sign_in(client: &Client, base: &str, username: &str) {
    client.goto(&format!("{base}/console/login")).await.unwrap();
    client
        .find(Locator::Id("username"))
        .await
        .unwrap()
        .send_keys(username)
        .await
        .unwrap();
    client
        .find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(PASSWORD)
        .await
        .unwrap();
    client
        .find(Locator::Css("button[type=submit].primary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::Css("span.who"))
        .await
        .unwrap();
}

async fn sign_out(client: &Client) {
    client
        .find(Locator::Css("form[action='/console/logout'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::Id("username"))
        .await
        .unwrap();
}

async fn page_text(client: &Client) -> String {
    client
        .find(Locator::Css("main"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[actix_web::test]
#[ignore = "needs chromium and chromedriver (see .ci/run)"]
async fn editor_changes_a_taboo_and_a_reviewer_publishes_it_in_a_real_browser() {
    let started = Instant::now();
    let app = spawn_app();
    app.add_user("mei", PASSWORD, Role::Editor);
    app.add_user("kenji", PASSWORD, Role::Reviewer);
    app.add_user("root", PASSWORD, Role::Admin);
    let base = app.server.url("").trim_end_matches('/').to_string();
    let driver = Driver::start();
    let client = browser(&driver).await;

    client.goto(&format!("{base}/console/")).await.unwrap();
    shot(&client, "login").await;
    sign_in(&client, &base, "mei").await;
    shot(&client, "home-editor").await;

    // The editor: the structured form for JP's number-9 taboo.
    client
        .goto(&format!("{base}/console/markets/JP"))
        .await
        .unwrap();
    shot(&client, "market").await;
    client
        .find(Locator::LinkText("number-9"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let severity = client
        .wait()
        .for_element(Locator::Id("severity"))
        .await
        .unwrap();
    shot(&client, "taboo-form").await;
    severity.select_by_value("avoid").await.unwrap();
    let zh = client.find(Locator::Id("text-zh-CN")).await.unwrap();
    zh.clear().await.unwrap();
    zh.send_keys("商品套装和价格中避免使用数字 9。")
        .await
        .unwrap();
    client
        .find(Locator::Css("form.taboo button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::Css("table.diff"))
        .await
        .unwrap();
    let url = client.current_url().await.unwrap();
    assert!(url.path().starts_with("/console/changesets/"), "{url}");
    shot(&client, "changeset-draft").await;
    client
        .find(Locator::Css("form[action$='/submit'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::Css("span.badge.state-in-review"))
        .await
        .unwrap();
    sign_out(&client).await;

    // The reviewer: home lists it, the diff shows both sides, approve publishes.
    sign_in(&client, &base, "kenji").await;
    shot(&client, "home-reviewer").await;
    client
        .find(Locator::LinkText("JP: taboo number-9"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::Css("table.diff"))
        .await
        .unwrap();
    let text = page_text(&client).await;
    assert!(text.contains("taboos[number-9].severity"), "{text}");
    assert!(text.contains("caution") && text.contains("avoid"));
    assert!(
        text.contains("慎用数字 9。") && text.contains("商品套装和价格中避免使用数字 9。"),
        "{text}"
    );
    shot(&client, "review").await;
    client
        .find(Locator::Id("verdict-comment"))
        .await
        .unwrap()
        .send_keys("Checked against the JNTO guide.")
        .await
        .unwrap();
    client
        .find(Locator::Css("button[value=approve]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::Css("span.badge.state-published"))
        .await
        .unwrap();
    shot(&client, "published").await;

    // Screenshots of the other pages, when asked for.
    if std::env::var("MARKETGUIDE_SCREENSHOTS").is_ok() {
        for (path, name) in [
            ("/console/documents", "documents"),
            ("/console/documents/text/zh-CN/market/JP", "editor"),
            (
                "/console/translate?document=phrases/zh-CN/shipping",
                "translate",
            ),
            ("/console/releases/2", "release"),
            ("/console/markets/JP/channels", "channels"),
            ("/console/markets/JP/holidays/new-year", "holiday"),
            ("/console/markets/JP/etiquette/keigo", "etiquette"),
            (
                "/console/lang?to=zh-CN&back=/console/changesets/1",
                "review-zh-CN",
            ),
            ("/console/markets/JP/taboos/number-4", "taboo-zh-CN"),
            ("/console/lang?to=en-US&back=/console/", "home-after"),
        ] {
            client.goto(&format!("{base}{path}")).await.unwrap();
            shot(&client, name).await;
        }
        // Keyboard focus: the first Tab from the top of a page lands on the skip link.
        client
            .goto(&format!("{base}/console/changesets"))
            .await
            .unwrap();
        client
            .active_element()
            .await
            .unwrap()
            .send_keys("\u{E004}")
            .await
            .unwrap();
        shot(&client, "focus-skip-link").await;
        client
            .active_element()
            .await
            .unwrap()
            .send_keys("\u{E004}\u{E004}")
            .await
            .unwrap();
        shot(&client, "focus-nav").await;
        sign_out(&client).await;
        sign_in(&client, &base, "root").await;
        for (path, name) in [
            ("/console/admin/users", "users"),
            ("/console/admin/audit", "audit"),
        ] {
            client.goto(&format!("{base}{path}")).await.unwrap();
            shot(&client, name).await;
        }
    }
    client.close().await.unwrap();

    let jp = app.get("/v1/markets/JP?lang=zh-CN").await.json();
    let taboo = jp["taboos"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "number-9")
        .unwrap()
        .clone();
    assert_eq!(taboo["severity"], "avoid");
    assert_eq!(taboo["text"], "商品套装和价格中避免使用数字 9。");
    eprintln!("browser flow took {:.1} s", started.elapsed().as_secs_f64());
}
