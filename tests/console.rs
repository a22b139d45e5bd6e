//! The console over HTTP, as a browser without JavaScript uses it: pages, forms, cookies.

mod common;

use std::collections::BTreeMap;

use common::{TestApp, spawn_app, spawn_app_with};
use marketguide::auth::Role;

const PASSWORD: &str = "a long passphrase for tests";

struct Page {
    status: u16,
    location: Option<String>,
    set_cookies: Vec<String>,
    body: String,
}

/// A browser: a cookie jar and forms.
struct Browser<'a> {
    app: &'a TestApp,
    /// Redirects are looked at, not followed (the test server's own client follows them).
    client: awc::Client,
    cookies: BTreeMap<String, String>,
    headers: Vec<(String, String)>,
}

impl<'a> Browser<'a> {
    fn new(app: &'a TestApp) -> Self {
        Self {
            app,
            client: awc::Client::builder().disable_redirects().finish(),
            cookies: BTreeMap::new(),
            headers: Vec::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, request: awc::ClientRequest, body: Option<String>) -> Page {
        let mut request = request.insert_header(("cookie", self.cookie_header()));
        for (name, value) in &self.headers {
            request = request.insert_header((name.as_str(), value.as_str()));
        }
        let mut response = match body {
            Some(body) => request
                .insert_header(("content-type", "application/x-www-form-urlencoded"))
                .send_body(body)
                .await
                .expect("sent"),
            None => request.send().await.expect("sent"),
        };
        let set_cookies: Vec<String> = response
            .headers()
            .get_all("set-cookie")
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect();
        for c in &set_cookies {
            let pair = c.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            let removed = c.contains("Max-Age=0") || value.is_empty();
            if removed {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_string(), value.to_string());
            }
        }
        let body = response.body().limit(8 * 1024 * 1024).await.expect("body");
        Page {
            status: response.status().as_u16(),
            location: response
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok())
                .map(str::to_string),
            set_cookies,
            body: String::from_utf8(body.to_vec()).expect("utf-8"),
        }
    }

    async fn get(&mut self, path: &str) -> Page {
        let request = self.client.get(self.app.server.url(path));
        self.send(request, None).await
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(fields).unwrap();
        let request = self.client.post(self.app.server.url(path));
        self.send(request, Some(body)).await
    }

    /// Posts a form with the CSRF token of the page at `from`.
    async fn submit(&mut self, from: &str, path: &str, fields: &[(&str, &str)]) -> Page {
        let page = self.get(from).await;
        assert_eq!(page.status, 200, "{from}: {}", page.body);
        let token = csrf(&page.body);
        let mut all = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.post(path, &all).await
    }

    async fn sign_in(&mut self, username: &str, password: &str) -> Page {
        let page = self.get("/console/login").await;
        let token = csrf(&page.body);
        self.post(
            "/console/login",
            &[
                ("csrf", token.as_str()),
                ("username", username),
                ("password", password),
                ("next", "/console/"),
            ],
        )
        .await
    }
}

/// The value of the first hidden `csrf` field.
fn csrf(html: &str) -> String {
    let at =
        html.find(r#"name="csrf" value=""#).expect("a CSRF field") + r#"name="csrf" value=""#.len();
    html[at..].split('"').next().unwrap().to_string()
}

/// A hidden field's value.
fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let at = html
        .find(&marker)
        .unwrap_or_else(|| panic!("no field {name}"))
        + marker.len();
    // As a browser would send it back.
    html[at..]
        .split('"')
        .next()
        .unwrap()
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

fn app_with_staff() -> TestApp {
    let app = spawn_app();
    app.add_user("mei", PASSWORD, Role::Editor);
    app.add_user("kenji", PASSWORD, Role::Reviewer);
    app.add_user("root", PASSWORD, Role::Admin);
    app
}

#[actix_web::test]
async fn sign_in_with_the_api_accounts_and_a_wrong_password_is_refused() {
    let app = app_with_staff();
    let mut b = Browser::new(&app);
    // Not signed in: every page sends you to the sign-in form, remembering where you were.
    let page = b.get("/console/changesets").await;
    assert_eq!(page.status, 303);
    assert_eq!(
        page.location.as_deref(),
        Some("/console/login?next=/console/changesets")
    );

    let posted = b.post("/console/edit", &[("document", "market/JP")]).await;
    assert_eq!(posted.status, 303);
    assert_eq!(
        posted.location.as_deref(),
        Some("/console/login?next=/console/")
    );

    let wrong = b.sign_in("mei", "not the password at all").await;
    assert_eq!(wrong.status, 401);
    assert!(
        wrong.body.contains("Wrong username or password."),
        "{}",
        wrong.body
    );
    assert!(!b.cookies.contains_key("mg_console"));
    let unknown = b.sign_in("nobody", PASSWORD).await;
    assert_eq!(unknown.status, 401);

    let ok = b.sign_in("mei", PASSWORD).await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    assert_eq!(ok.location.as_deref(), Some("/console/"));
    let session = ok
        .set_cookies
        .iter()
        .find(|c| c.starts_with("mg_console="))
        .expect("a session cookie");
    assert!(session.contains("HttpOnly"), "{session}");
    assert!(session.contains("SameSite=Strict"), "{session}");
    assert!(session.contains("Path=/console"), "{session}");
    assert!(session.contains("Max-Age=43200"), "{session}");
    // Plain HTTP and no trusted proxy: not Secure (the browser would drop it).
    assert!(!session.contains("Secure"), "{session}");
    let home = b.get("/console/").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("mei"));
    assert!(home.body.contains("My drafts"));

    // The failures were audited like API login failures.
    let mut conn = app.state.pool.get().unwrap();
    let log = marketguide::db::audit::list(
        &mut conn,
        &marketguide::db::audit::AuditFilter {
            limit: 50,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(
        log.iter()
            .any(|e| e.action == "auth.failed" && e.actor == "mei")
    );
    assert!(
        log.iter()
            .any(|e| e.action == "auth.session" && e.actor == "mei")
    );
}

#[actix_web::test]
async fn console_and_api_share_the_failed_login_throttle() {
    let app = spawn_app_with(|s| {
        s.with_login_limits(marketguide::auth::throttle::Limits {
            account_burst: 2,
            account_period: std::time::Duration::from_secs(600),
            client_burst: 100,
            client_period: std::time::Duration::from_secs(1),
        })
    });
    app.add_user("mei", PASSWORD, Role::Editor);
    for _ in 0..3 {
        let r = app
            .post_json(
                "/v1/auth/token",
                &serde_json::json!({"username": "mei", "password": "wrong wrong wrong"}),
                None,
            )
            .await;
        assert!(r.status == 401 || r.status == 429);
    }
    // Even the right password is turned away now, in the console too.
    let mut b = Browser::new(&app);
    let page = b.sign_in("mei", PASSWORD).await;
    assert_eq!(page.status, 429, "{}", page.body);
    assert!(page.body.contains("Too many failed sign-ins"));
}

#[actix_web::test]
async fn forms_without_their_csrf_token_are_refused() {
    let app = app_with_staff();
    let mut b = Browser::new(&app);
    // The sign-in form itself carries one (login CSRF).
    let _ = b.get("/console/login").await;
    let page = b
        .post(
            "/console/login",
            &[("username", "mei"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, 403);
    assert!(!b.cookies.contains_key("mg_console"));

    assert_eq!(b.sign_in("mei", PASSWORD).await.status, 303);
    let edit = [
        ("document", "text/en-US/market/JP"),
        ("title", "sneaky"),
        ("content", "market-name = Japan\n"),
    ];
    let refused = b.post("/console/edit", &edit).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(refused.body.contains("did not come from this console"));
    let mut wrong = edit.to_vec();
    wrong.push(("csrf", "AAAA"));
    assert_eq!(b.post("/console/edit", &wrong).await.status, 403);
    // Nothing was written.
    let mut conn = app.state.pool.get().unwrap();
    let list = marketguide::db::changesets::list(
        &mut conn,
        &marketguide::db::changesets::ListFilter {
            limit: 10,
            ..Default::default()
        },
    )
    .unwrap();
    assert!(list.is_empty());
    // Another session's token does not do either.
    let mut other = Browser::new(&app);
    other.sign_in("kenji", PASSWORD).await;
    let theirs = csrf(&other.get("/console/").await.body);
    let mut borrowed = edit.to_vec();
    borrowed.push(("csrf", theirs.as_str()));
    assert_eq!(b.post("/console/edit", &borrowed).await.status, 403);
    // Signing out needs it too.
    assert_eq!(b.post("/console/logout", &[]).await.status, 403);
}

/// The editor changes a JP taboo through the form; the editor cannot approve it; a reviewer
/// sees the diff and approves; the API then serves the change.
#[actix_web::test]
async fn taboo_form_review_and_publish() {
    let app = app_with_staff();
    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    let market = mei.get("/console/markets/JP").await;
    assert_eq!(market.status, 200);
    assert!(market.body.contains("/console/markets/JP/taboos/number-9"));
    let form = mei.get("/console/markets/JP/taboos/number-9").await;
    assert_eq!(form.status, 200);
    assert!(
        form.body.contains("慎用数字 9。"),
        "the zh-CN text is prefilled"
    );
    assert!(
        form.body.contains(r#"<label for="text-zh-CN">"#),
        "labelled fields"
    );
    let token = csrf(&form.body);
    let saved = mei
        .post(
            "/console/markets/JP/taboos/number-9",
            &[
                ("csrf", token.as_str()),
                ("category", "number"),
                ("subject", "9"),
                ("severity", "avoid"),
                ("applies_to", "marketing"),
                ("applies_to", "packaging"),
                (
                    "text-en-US",
                    "Avoid the number 9 in product sets and prices.",
                ),
                (
                    "rationale-en-US",
                    "\"Nine\" can be read \"ku\", which sounds like the word for suffering.",
                ),
                ("text-zh-CN", "商品套装和价格中避免使用数字 9。"),
                ("rationale-zh-CN", "“九”可读作“ku”，与“苦”同音。"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let changeset = saved.location.clone().unwrap();
    assert_eq!(changeset, "/console/changesets/1");
    let page = mei.get(&changeset).await;
    assert!(page.body.contains("market/JP"));
    assert!(page.body.contains("text/zh-CN/market/JP"));
    assert!(page.body.contains("text/en-US/market/JP"));
    assert!(
        page.body.contains("taboos[number-9].severity"),
        "per-field structure diff"
    );
    assert!(page.body.contains("商品套装和价格中避免使用数字 9。"));
    let submitted = mei
        .submit(&changeset, "/console/changesets/1/submit", &[])
        .await;
    assert_eq!(submitted.status, 303, "{}", submitted.body);

    // The editor cannot approve (role), even by posting the form by hand.
    let refused = mei
        .submit(
            &changeset,
            "/console/changesets/1/review",
            &[("verdict", "approve")],
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);

    let mut kenji = Browser::new(&app);
    kenji.sign_in("kenji", PASSWORD).await;
    let home = kenji.get("/console/").await;
    assert!(
        home.body.contains("JP: taboo number-9"),
        "waiting for review on the reviewer's home"
    );
    let review = kenji.get(&changeset).await;
    assert!(review.body.contains("Approve and publish"));
    assert!(
        review.body.contains("慎用数字 9。")
            && review.body.contains("商品套装和价格中避免使用数字 9。"),
        "both sides of the diff"
    );
    let etag = hidden(&review.body, "etag");
    let approved = kenji
        .post(
            "/console/changesets/1/review",
            &[
                ("csrf", &csrf(&review.body)),
                ("etag", &etag),
                ("verdict", "approve"),
                ("comment", "Checked."),
            ],
        )
        .await;
    assert_eq!(approved.status, 303, "{}", approved.body);
    let after = kenji.get(&changeset).await;
    assert!(
        after.body.contains("published as release 2"),
        "{}",
        after.body
    );

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
    let en = app.get("/v1/markets/JP").await.json();
    let taboo = en["taboos"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == "number-9")
        .unwrap()
        .clone();
    assert_eq!(
        taboo["text"],
        "Avoid the number 9 in product sets and prices."
    );
    // The other taboos and their terms are untouched.
    let mut conn = app.state.pool.get().unwrap();
    let set = marketguide::db::store::load_release(&mut conn, 2).unwrap();
    let structure = &set.documents[&"market/JP".parse().unwrap()];
    assert!(structure.contains("terms = { any = [\"9\"]"));
}

#[actix_web::test]
async fn four_eyes_the_author_with_a_reviewer_role_cannot_approve() {
    let app = app_with_staff();
    let mut kenji = Browser::new(&app);
    kenji.sign_in("kenji", PASSWORD).await;
    let editor = kenji.get("/console/documents/text/en-US/market/JP").await;
    let content = app.get("/v1/documents/text/en-US/market/JP").await;
    let _ = content;
    let text = marketguide::content::ContentSet::seed().unwrap().documents
        [&"text/en-US/market/JP".parse().unwrap()]
        .replace(
            "Be careful with the number 9.",
            "Take care with the number 9.",
        );
    let saved = kenji
        .post(
            "/console/edit",
            &[
                ("csrf", &csrf(&editor.body)),
                ("document", "text/en-US/market/JP"),
                ("base_revision", &hidden(&editor.body, "base_revision")),
                ("title", "wording"),
                ("content", &text),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let cs = saved.location.unwrap();
    kenji.submit(&cs, &format!("{cs}/submit"), &[]).await;
    let page = kenji.get(&cs).await;
    let refused = kenji
        .post(
            &format!("{cs}/review"),
            &[("csrf", &csrf(&page.body)), ("verdict", "approve")],
        )
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(
        refused.body.contains("another reviewer must review it"),
        "the rule's own words"
    );
}

#[actix_web::test]
async fn the_text_editor_reports_problems_at_line_and_column() {
    let app = app_with_staff();
    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    let editor = mei.get("/console/documents/text/zh-CN/market/JP").await;
    assert_eq!(editor.status, 200);
    assert!(editor.body.contains("taboo-number-4"));
    let bad = "market-name = 日本\nbroken = {\n";
    let page = mei
        .post(
            "/console/edit",
            &[
                ("csrf", &csrf(&editor.body)),
                ("document", "text/zh-CN/market/JP"),
                ("title", "x"),
                ("content", bad),
            ],
        )
        .await;
    assert_eq!(page.status, 422);
    // The `{` opened on line 2 is never closed: the parser stops at the start of line 3.
    assert!(
        page.body
            .contains("zh-CN/markets/JP.ftl:3:1</code> Expected an inline expression"),
        "{}",
        page.body
    );
    // The text is kept for fixing, and nothing was stored.
    assert!(page.body.contains("broken = {"));
    let mut conn = app.state.pool.get().unwrap();
    assert!(
        marketguide::db::changesets::list(
            &mut conn,
            &marketguide::db::changesets::ListFilter {
                limit: 10,
                ..Default::default()
            }
        )
        .unwrap()
        .is_empty()
    );
}

#[actix_web::test]
async fn an_account_change_ends_the_session_at_once_and_sign_out_ends_it_everywhere() {
    let app = app_with_staff();
    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    assert_eq!(mei.get("/console/").await.status, 200);
    let mut root = Browser::new(&app);
    root.sign_in("root", PASSWORD).await;
    // Disabled: the next click asks to sign in.
    let off = root
        .submit(
            "/console/admin/users",
            "/console/admin/users/mei",
            &[
                ("change", "account"),
                ("role", "editor"),
                ("disabled", "true"),
            ],
        )
        .await;
    assert_eq!(off.status, 303, "{}", off.body);
    assert_eq!(mei.get("/console/").await.status, 303);
    root.submit(
        "/console/admin/users",
        "/console/admin/users/mei",
        &[("change", "account"), ("role", "editor")],
    )
    .await;
    // Enabled again, the same session works again (nothing else changed).
    assert_eq!(mei.get("/console/").await.status, 200);
    // Role from the database: promoted to reviewer, the approve form appears without a new sign-in.
    root.submit(
        "/console/admin/users",
        "/console/admin/users/mei",
        &[("change", "account"), ("role", "reviewer")],
    )
    .await;
    assert!(
        mei.get("/console/")
            .await
            .body
            .contains("Waiting for review")
    );
    // A password reset ends every session of the account.
    let reset = root
        .submit(
            "/console/admin/users",
            "/console/admin/users/mei",
            &[
                ("change", "password"),
                ("password", "another long passphrase"),
            ],
        )
        .await;
    assert_eq!(reset.status, 303, "{}", reset.body);
    assert_eq!(mei.get("/console/").await.status, 303);
    assert_eq!(
        mei.sign_in("mei", "another long passphrase").await.status,
        303
    );

    // Sign out: the same cookie value is worthless afterwards.
    let stolen = mei.cookies.clone();
    let out = mei.submit("/console/", "/console/logout", &[]).await;
    assert_eq!(out.status, 303);
    assert!(!mei.cookies.contains_key("mg_console"));
    let mut thief = Browser::new(&app);
    thief.cookies = stolen;
    assert_eq!(thief.get("/console/").await.status, 303);
}

#[actix_web::test]
async fn every_page_renders_and_admin_pages_need_an_admin() {
    let app = app_with_staff();
    let mut root = Browser::new(&app);
    root.sign_in("root", PASSWORD).await;
    for path in [
        "/console/",
        "/console/documents",
        "/console/documents?prefix=text/zh-CN",
        "/console/documents/market/JP",
        "/console/documents/phrases/en-US/shipping",
        "/console/changesets",
        "/console/changesets?state=in-review",
        "/console/markets/JP",
        "/console/markets/JP/taboos/new",
        "/console/translate?document=phrases/zh-CN/shipping",
        "/console/translate",
        "/console/releases",
        "/console/releases/1",
        "/console/admin/users",
        "/console/admin/audit",
        "/console/admin/audit?actor=root",
    ] {
        let page = root.get(path).await;
        assert_eq!(page.status, 200, "{path}: {}", page.body);
        assert!(page.body.starts_with("<!DOCTYPE html>"), "{path}");
        assert!(!page.body.contains("<script"), "{path}: no script needed");
    }
    let revision = root.get("/console/documents/market/JP").await;
    let rev = revision
        .body
        .split("/console/revisions/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_string();
    assert_eq!(
        root.get(&format!("/console/revisions/{rev}")).await.status,
        200
    );
    assert_eq!(root.get("/console/static/console.css").await.status, 200);
    assert_eq!(root.get("/console/changesets/99").await.status, 404);
    assert_eq!(root.get("/console/markets/ZZ").await.status, 404);

    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    assert_eq!(mei.get("/console/admin/users").await.status, 403);
    assert_eq!(mei.get("/console/admin/audit").await.status, 403);
    let page = mei.get("/console/").await;
    let refused = mei
        .post(
            "/console/admin/users",
            &[
                ("csrf", &csrf(&page.body)),
                ("username", "eve"),
                ("password", PASSWORD),
                ("role", "admin"),
            ],
        )
        .await;
    assert_eq!(refused.status, 403);
}

#[actix_web::test]
async fn admin_creates_users_with_the_api_rules() {
    let app = app_with_staff();
    let mut root = Browser::new(&app);
    root.sign_in("root", PASSWORD).await;
    let short = root
        .submit(
            "/console/admin/users",
            "/console/admin/users",
            &[
                ("username", "ana"),
                ("password", "short"),
                ("role", "editor"),
            ],
        )
        .await;
    assert_eq!(short.status, 400, "{}", short.body);
    let bad_name = root
        .submit(
            "/console/admin/users",
            "/console/admin/users",
            &[
                ("username", "Ana!"),
                ("password", PASSWORD),
                ("role", "editor"),
            ],
        )
        .await;
    assert_eq!(bad_name.status, 422);
    let ok = root
        .submit(
            "/console/admin/users",
            "/console/admin/users",
            &[
                ("username", "ana"),
                ("password", PASSWORD),
                ("role", "reviewer"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    let taken = root
        .submit(
            "/console/admin/users",
            "/console/admin/users",
            &[
                ("username", "ana"),
                ("password", PASSWORD),
                ("role", "editor"),
            ],
        )
        .await;
    assert_eq!(taken.status, 409);
    // The last admin cannot demote themselves.
    let last = root
        .submit(
            "/console/admin/users",
            "/console/admin/users/root",
            &[("change", "account"), ("role", "editor")],
        )
        .await;
    assert_eq!(last.status, 409, "{}", last.body);
    let token = app.login("ana", PASSWORD).await;
    assert!(!token.is_empty(), "the new account works for the API too");
    let audit = root.get("/console/admin/audit?action=user.create").await;
    assert!(audit.body.contains("user/ana"));
}

#[actix_web::test]
async fn ui_text_is_negotiated_like_the_api() {
    let app = app_with_staff();
    let mut b = Browser::new(&app);
    b.headers.push((
        "accept-language".into(),
        "zh-Hans-CN,zh;q=0.9,en;q=0.5".into(),
    ));
    let login = b.get("/console/login").await;
    assert!(login.body.contains(r#"<html lang="zh-CN">"#));
    assert!(login.body.contains("用户名"));
    let wrong = b.sign_in("mei", "wrong wrong wrong").await;
    assert!(wrong.body.contains("用户名或密码错误。"));
    // The switch wins over the header.
    let switched = b.get("/console/lang?to=en-US&back=/console/login").await;
    assert_eq!(switched.status, 303);
    assert_eq!(switched.location.as_deref(), Some("/console/login"));
    assert!(b.get("/console/login").await.body.contains("Username"));
    // Never a redirect off the site.
    let away = b.get("/console/lang?to=zh-CN&back=//evil.example/").await;
    assert_eq!(away.location.as_deref(), Some("/console/"));
}

#[actix_web::test]
async fn cookies_are_secure_behind_a_trusted_tls_proxy_only() {
    let trusted = spawn_app_with(|s| {
        s.with_client_address(
            marketguide::auth::client_address::ClientAddress::new(Some("X-Forwarded-For")).unwrap(),
        )
    });
    trusted.add_user("mei", PASSWORD, Role::Editor);
    let mut b = Browser::new(&trusted);
    b.headers.push(("x-forwarded-proto".into(), "https".into()));
    let ok = b.sign_in("mei", PASSWORD).await;
    assert!(
        ok.set_cookies
            .iter()
            .any(|c| c.starts_with("mg_console=") && c.contains("Secure"))
    );

    let untrusted = app_with_staff();
    let mut b = Browser::new(&untrusted);
    b.headers.push(("x-forwarded-proto".into(), "https".into()));
    let ok = b.sign_in("mei", PASSWORD).await;
    assert!(
        ok.set_cookies
            .iter()
            .any(|c| c.starts_with("mg_console=") && !c.contains("Secure"))
    );

    let flagged = spawn_app_with(|s| s.with_secure_cookies(true));
    flagged.add_user("mei", PASSWORD, Role::Editor);
    let mut b = Browser::new(&flagged);
    let ok = b.sign_in("mei", PASSWORD).await;
    assert!(
        ok.set_cookies
            .iter()
            .any(|c| c.starts_with("mg_console=") && c.contains("Secure"))
    );
}

/// Two changesets on one document: after the first is published the second conflicts; the
/// rebase action bases it on the new revision and it can be submitted.
#[actix_web::test]
async fn conflicts_show_and_rebase_clears_them() {
    let app = app_with_staff();
    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    let seed = marketguide::content::ContentSet::seed().unwrap().documents
        [&"text/en-US/market/JP".parse().unwrap()]
        .clone();
    let mut ids = Vec::new();
    for (from, to) in [
        ("Be careful with the number 9.", "Be careful with 9."),
        (
            "Never write a person's name in red.",
            "Never write names in red ink.",
        ),
    ] {
        let editor = mei.get("/console/documents/text/en-US/market/JP").await;
        let saved = mei
            .post(
                "/console/edit",
                &[
                    ("csrf", &csrf(&editor.body)),
                    ("document", "text/en-US/market/JP"),
                    ("base_revision", &hidden(&editor.body, "base_revision")),
                    ("title", to),
                    ("content", &seed.replace(from, to)),
                ],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        ids.push(saved.location.unwrap());
    }
    // The editor offers to continue a draft instead of opening a new changeset.
    let editor = mei.get("/console/documents/text/en-US/market/KR").await;
    assert!(
        editor
            .body
            .contains("/console/documents/text/en-US/market/KR?changeset=1")
    );
    let continued = mei
        .get("/console/documents/text/en-US/market/KR?changeset=1")
        .await;
    assert!(
        continued
            .body
            .contains(r#"name="etag" value="&quot;changeset-1-v2&quot;""#)
    );
    mei.submit(&ids[0], &format!("{}/submit", ids[0]), &[])
        .await;
    let mut kenji = Browser::new(&app);
    kenji.sign_in("kenji", PASSWORD).await;
    let approved = kenji
        .submit(
            &ids[0],
            &format!("{}/review", ids[0]),
            &[("verdict", "approve")],
        )
        .await;
    assert_eq!(approved.status, 303, "{}", approved.body);

    let page = mei.get(&ids[1]).await;
    assert!(
        page.body.contains("changed in a newer release"),
        "{}",
        page.body
    );
    let refused = mei
        .submit(&ids[1], &format!("{}/submit", ids[1]), &[])
        .await;
    assert_eq!(refused.status, 409);
    let etag = hidden(&mei.get(&ids[1]).await.body, "etag");
    let rebased = mei
        .submit(&ids[1], &format!("{}/rebase", ids[1]), &[("etag", &etag)])
        .await;
    assert_eq!(rebased.status, 303, "{}", rebased.body);
    let page = mei.get(&ids[1]).await;
    assert!(page.body.contains("apply cleanly"), "{}", page.body);
    // The diff now shows that this text also undoes the published wording.
    assert!(page.body.contains("Be careful with 9."));
    assert_eq!(
        mei.submit(&ids[1], &format!("{}/submit", ids[1]), &[])
            .await
            .status,
        303
    );
}

#[actix_web::test]
async fn comments_history_and_revert() {
    let app = app_with_staff();
    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    let form = mei.get("/console/markets/JP/taboos/new").await;
    let saved = mei
        .post(
            "/console/markets/JP/taboos/new",
            &[
                ("csrf", &csrf(&form.body)),
                ("id", "white-envelopes"),
                ("category", "colour"),
                ("subject", "plain white envelopes for gifts of money"),
                ("severity", "info"),
                ("applies_to", "packaging"),
                (
                    "text-en-US",
                    "Use a decorated envelope (noshibukuro) for gifts of money.",
                ),
                (
                    "rationale-en-US",
                    "Plain white envelopes are used at funerals.",
                ),
                ("text-zh-CN", "赠送礼金请使用带装饰的礼金袋（熨斗袋）。"),
                ("rationale-zh-CN", "素白信封用于丧事。"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let cs = saved.location.unwrap();
    let commented = mei
        .submit(
            &cs,
            &format!("{cs}/comment"),
            &[("comment", "Source: JNTO etiquette guide.")],
        )
        .await;
    assert_eq!(commented.status, 303);
    let page = mei.get(&cs).await;
    assert!(page.body.contains("Source: JNTO etiquette guide."));
    assert!(
        page.body.contains("taboo-white-envelopes"),
        "the new message in the Fluent diff"
    );
    mei.submit(&cs, &format!("{cs}/submit"), &[]).await;
    let mut kenji = Browser::new(&app);
    kenji.sign_in("kenji", PASSWORD).await;
    // Asking for changes needs a comment (the API's rule).
    let empty = kenji
        .submit(
            &cs,
            &format!("{cs}/review"),
            &[("verdict", "request-changes")],
        )
        .await;
    assert_eq!(empty.status, 400, "{}", empty.body);
    kenji
        .submit(&cs, &format!("{cs}/review"), &[("verdict", "approve")])
        .await;
    let jp = app.get("/v1/markets/JP?lang=zh-CN").await.json();
    assert!(
        jp["taboos"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["id"] == "white-envelopes"
                && t["text"] == "赠送礼金请使用带装饰的礼金袋（熨斗袋）。")
    );

    let releases = mei.get("/console/releases").await;
    assert!(releases.body.contains("JP: new taboo white-envelopes"));
    let release = mei.get("/console/releases/2").await;
    assert!(release.body.contains("text/zh-CN/market/JP"));
    assert!(
        release.body.contains("taboo-white-envelopes"),
        "what the release changed, inline"
    );
    assert!(
        release
            .body
            .contains("赠送礼金请使用带装饰的礼金袋（熨斗袋）。")
    );
    assert!(
        !release.body.contains("Propose restoring release 2"),
        "the latest release has nothing to restore"
    );
    let first = mei.get("/console/releases/1").await;
    assert!(first.body.contains("Propose restoring release 1"));
    let revert = mei
        .submit(
            "/console/releases/1",
            "/console/revert",
            &[("release", "1")],
        )
        .await;
    assert_eq!(revert.status, 303, "{}", revert.body);
    let page = mei.get(&revert.location.unwrap()).await;
    assert!(page.body.contains("Restore release 1"));
    assert!(
        page.body.contains("taboo-white-envelopes"),
        "the revert removes the message again"
    );
}

#[actix_web::test]
async fn etiquette_and_channel_rank_forms() {
    let app = app_with_staff();
    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    let market = mei.get("/console/markets/JP").await;
    assert!(market.body.contains("/console/markets/JP/etiquette/keigo"));
    let form = mei.get("/console/markets/JP/etiquette/keigo").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains("Write in polite Japanese (keigo)."));
    let zh_text = mei.get("/console/documents/text/zh-CN/market/JP").await;
    let zh_text = zh_text
        .body
        .split("etiquette-keigo = ")
        .nth(1)
        .unwrap()
        .split('\n')
        .next()
        .unwrap()
        .to_string();
    let saved = mei
        .post(
            "/console/markets/JP/etiquette/keigo",
            &[
                ("csrf", &csrf(&form.body)),
                ("topic", "formality"),
                ("title-en-US", "Polite Japanese"),
                ("text-en-US", "Write in polite Japanese (keigo). Machine-translated or casual Japanese is read as careless and lowers trust."),
                ("title-zh-CN", "正式程度"),
                ("text-zh-CN", &zh_text),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let cs = saved.location.unwrap();
    let page = mei.get(&cs).await;
    assert!(
        page.body.contains("Changes (1)"),
        "only the document that changed: {}",
        page.body
    );
    assert!(page.body.contains("Polite Japanese"));

    // Ranks: a repeat comes back to the form with the rule's own message, and nothing is kept.
    let channels = mei.get("/console/markets/JP/channels").await;
    assert_eq!(channels.status, 200);
    assert!(
        channels
            .body
            .contains(r#"<label class="sr-only" for="rank-line">"#)
    );
    let uses = |id: &str| -> Vec<(String, String)> {
        ["pre-sale", "after-sale"]
            .iter()
            .map(|u| (format!("uses-{id}"), u.to_string()))
            .collect()
    };
    let mut fields: Vec<(String, String)> = vec![("csrf".into(), csrf(&channels.body))];
    for (id, rank) in [
        ("line", "2"),
        ("email", "2"),
        ("marketplace-chat", "3"),
        ("x", "4"),
        ("instagram", "5"),
    ] {
        fields.push((format!("rank-{id}"), rank.into()));
        fields.extend(uses(id));
    }
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let refused = mei.post("/console/markets/JP/channels", &refs).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(
        refused.body.contains("channel ranks must be 1, 2, 3"),
        "{}",
        refused.body
    );
    let mut conn = app.state.pool.get().unwrap();
    assert_eq!(
        marketguide::db::changesets::list(
            &mut conn,
            &marketguide::db::changesets::ListFilter {
                limit: 10,
                ..Default::default()
            }
        )
        .unwrap()
        .len(),
        1,
        "the refused form left no changeset behind"
    );
    drop(conn);
    // Email first, LINE second.
    fields.retain(|(n, _)| n != "rank-line" && n != "rank-email");
    fields.push(("rank-email".into(), "1".into()));
    fields.push(("rank-line".into(), "2".into()));
    let refs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let saved = mei.post("/console/markets/JP/channels", &refs).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let cs2 = saved.location.unwrap();
    mei.submit(&cs2, &format!("{cs2}/submit"), &[]).await;
    let mut kenji = Browser::new(&app);
    kenji.sign_in("kenji", PASSWORD).await;
    let review = kenji.get(&cs2).await;
    assert!(review.body.contains("channels[line].rank"));
    assert_eq!(
        kenji
            .submit(&cs2, &format!("{cs2}/review"), &[("verdict", "approve")])
            .await
            .status,
        303
    );
    let jp = app.get("/v1/markets/JP").await.json();
    assert_eq!(jp["channels"][0]["id"], "email", "{}", jp["channels"]);
    assert_eq!(jp["channels"][1]["id"], "line");
}

#[actix_web::test]
async fn several_changesets_approved_at_once_each_under_the_rules() {
    let app = app_with_staff();
    let seed = marketguide::content::ContentSet::seed().unwrap();
    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    let mut kenji = Browser::new(&app);
    kenji.sign_in("kenji", PASSWORD).await;
    // Two of mei's on different documents, one of kenji's own.
    let mut made = Vec::new();
    for (who, key, from, to) in [
        (
            "mei",
            "text/en-US/market/JP",
            "Be careful with the number 9.",
            "Be careful with 9.",
        ),
        ("mei", "text/en-US/market/KR", "", ""),
        ("kenji", "text/en-US/market/DE", "", ""),
    ] {
        let b = if who == "mei" { &mut mei } else { &mut kenji };
        let text = seed.documents[&key.parse().unwrap()].clone();
        let text = if from.is_empty() {
            format!("{text}\n# reviewed\n")
        } else {
            text.replace(from, to)
        };
        let editor = b.get(&format!("/console/documents/{key}")).await;
        let saved = b
            .post(
                "/console/edit",
                &[
                    ("csrf", &csrf(&editor.body)),
                    ("document", key),
                    ("base_revision", &hidden(&editor.body, "base_revision")),
                    ("title", key),
                    ("content", &text),
                ],
            )
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        let cs = saved.location.unwrap();
        assert_eq!(
            b.submit(&cs, &format!("{cs}/submit"), &[]).await.status,
            303
        );
        made.push(cs);
    }
    let list = kenji.get("/console/changesets").await;
    assert!(list.body.contains("Approve selected"));
    assert!(
        !list.body.contains(r#"value="3|"#),
        "kenji's own is not offered"
    );
    // The values as a browser sends them back (the quotes of the ETag unescaped).
    let pick = |n: i64| -> String {
        let marker = format!(r#"value="{n}|"#);
        let at = list.body.find(&marker).unwrap() + r#"value=""#.len();
        let rest = &list.body[at..];
        let end = rest.find(r#"">"#).unwrap();
        rest[..end].replace("&quot;", "\"")
    };
    let (one, two) = (pick(1), pick(2));
    let own = {
        let mut conn = app.state.pool.get().unwrap();
        format!(
            "3|{}",
            marketguide::db::changesets::get(&mut conn, 3)
                .unwrap()
                .etag()
        )
    };
    let page = kenji
        .post(
            "/console/changesets/approve-selected",
            &[
                ("csrf", &csrf(&list.body)),
                ("approve", &one),
                ("approve", &two),
                ("approve", &own),
                ("comment", "batch"),
            ],
        )
        .await;
    assert_eq!(page.status, 409, "one of them is refused: {}", page.body);
    assert!(page.body.contains("published as release 2"));
    assert!(page.body.contains("published as release 3"));
    assert!(page.body.contains("another reviewer must review it"));
    let jp = app.get("/v1/markets/JP").await.json();
    assert!(
        jp["taboos"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["text"] == "Be careful with 9.")
    );
    let mut conn = app.state.pool.get().unwrap();
    assert_eq!(
        marketguide::db::changesets::get(&mut conn, 3)
            .unwrap()
            .state,
        marketguide::db::changesets::State::InReview
    );
}

#[actix_web::test]
async fn holiday_form_changes_and_adds_a_holiday() {
    let app = app_with_staff();
    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    let form = mei.get("/console/markets/JP/holidays/new-year").await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(
        form.body.contains(r#"value="30""#),
        "the lead time is prefilled"
    );
    let new = mei.get("/console/markets/JP/holidays/new").await;
    let saved = mei
        .post(
            "/console/markets/JP/holidays/new",
            &[
                ("csrf", &csrf(&new.body)),
                ("id", "white-day"),
                ("month", "3"),
                ("day", "14"),
                ("kind", "commercial"),
                ("promotion_lead_days", "21"),
                ("duration_days", "1"),
                ("name-en-US", "White Day"),
                ("note-en-US", "A month after Valentine's Day, men give return gifts (sweets, accessories); a gift-shopping peak."),
                ("name-zh-CN", "白色情人节"),
                ("note-zh-CN", "情人节一个月后，男性回赠礼物（糖果、饰品），是礼品消费的高峰。"),
            ],
        )
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let cs = saved.location.unwrap();
    let page = mei.get(&cs).await;
    assert!(page.body.contains("apply cleanly"), "{}", page.body);
    assert!(page.body.contains("holidays[white-day]"));
    mei.submit(&cs, &format!("{cs}/submit"), &[]).await;
    let mut kenji = Browser::new(&app);
    kenji.sign_in("kenji", PASSWORD).await;
    assert_eq!(
        kenji
            .submit(&cs, &format!("{cs}/review"), &[("verdict", "approve")])
            .await
            .status,
        303
    );
    let march = app
        .get("/v1/markets/JP/holidays?from=2027-03-01&to=2027-03-31&lang=zh-CN")
        .await
        .json();
    let day = march["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "white-day")
        .expect("white day")
        .clone();
    assert_eq!(day["start"], "2027-03-14");
    assert_eq!(day["name"], "白色情人节");
}

#[actix_web::test]
async fn admins_register_and_remove_webhooks_with_the_api_rules() {
    // Refused without the operator's flag: a loopback destination.
    let strict = app_with_staff();
    let mut root = Browser::new(&strict);
    root.sign_in("root", PASSWORD).await;
    let refused = root
        .submit(
            "/console/admin/webhooks",
            "/console/admin/webhooks",
            &[
                ("url", "http://127.0.0.1:9/hook"),
                ("events", "release.published"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);

    let app = spawn_app_with(|state| {
        state.with_webhooks(marketguide::webhooks::Settings {
            allow_private: true,
            ..Default::default()
        })
    });
    app.add_user("mei", PASSWORD, Role::Editor);
    app.add_user("root", PASSWORD, Role::Admin);
    let mut editor = Browser::new(&app);
    editor.sign_in("mei", PASSWORD).await;
    assert_eq!(editor.get("/console/admin/webhooks").await.status, 403);
    let mut root = Browser::new(&app);
    root.sign_in("root", PASSWORD).await;
    // A form without its token is refused.
    let forged = root
        .post(
            "/console/admin/webhooks",
            &[
                ("url", "http://127.0.0.1:9/hook"),
                ("events", "release.published"),
            ],
        )
        .await;
    assert_eq!(forged.status, 403);
    let unknown = root
        .submit(
            "/console/admin/webhooks",
            "/console/admin/webhooks",
            &[
                ("url", "http://127.0.0.1:9/hook"),
                ("events", "release.unknown"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 422, "{}", unknown.body);
    let created = root
        .submit(
            "/console/admin/webhooks",
            "/console/admin/webhooks",
            &[
                ("url", "http://127.0.0.1:9/hook"),
                ("events", "release.published"),
                ("events", "changeset.submitted"),
            ],
        )
        .await;
    assert_eq!(created.status, 201, "{}", created.body);
    let at = created
        .body
        .find("whsec_")
        .expect("the secret is shown once");
    let secret: String = created.body[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "_+/=".contains(*c))
        .collect();
    assert!(secret.len() > 40, "{secret}");
    // Never again: the list does not show it, the API lists the same endpoint.
    let list = root.get("/console/admin/webhooks").await;
    assert!(list.body.contains("http://127.0.0.1:9/hook"));
    assert!(!list.body.contains(&secret));
    let token = app.login("root", PASSWORD).await;
    let api = app
        .send("GET", "/v1/webhooks", None, Some(&token), &[])
        .await
        .json();
    let id = api["items"][0]["id"].as_i64().unwrap();
    assert_eq!(api["items"][0]["url"], "http://127.0.0.1:9/hook");
    assert_eq!(
        api["items"][0]["events"],
        serde_json::json!(["release.published", "changeset.submitted"])
    );
    let deleted = root
        .submit(
            "/console/admin/webhooks",
            &format!("/console/admin/webhooks/{id}/delete"),
            &[],
        )
        .await;
    assert_eq!(deleted.status, 303, "{}", deleted.body);
    let api = app
        .send("GET", "/v1/webhooks", None, Some(&token), &[])
        .await
        .json();
    assert_eq!(api["items"], serde_json::json!([]));
}

#[actix_web::test]
async fn translations_of_buyer_phrases_show_lint_findings_inline() {
    let app = app_with_staff();
    // Publish a zh-CN phrase with an absolute claim, which CN advertising law forbids.
    let mut set = marketguide::content::ContentSet::seed().unwrap();
    let key: marketguide::content::DocumentKey = "phrases/zh-CN/customer-service".parse().unwrap();
    set.documents
        .get_mut(&key)
        .unwrap()
        .push_str("\nquality-promise = 我们的质量绝对没问题。\n");
    let en: marketguide::content::DocumentKey = "phrases/en-US/customer-service".parse().unwrap();
    set.documents
        .get_mut(&en)
        .unwrap()
        .push_str("\nquality-promise = Our quality is beyond doubt.\n");
    let mut conn = app.state.pool.get().unwrap();
    marketguide::db::store::publish(&mut conn, &set, "mei", "a claim")
        .unwrap()
        .unwrap();
    drop(conn);
    assert!(marketguide::state::refresh_snapshot(&app.state).unwrap());

    let mut mei = Browser::new(&app);
    mei.sign_in("mei", PASSWORD).await;
    let page = mei
        .get("/console/translate?document=phrases/zh-CN/customer-service")
        .await;
    assert_eq!(page.status, 200, "{}", page.body);
    let row = &page.body[page.body.find("quality-promise").expect("the message")..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("class=\"findings\""), "{row}");
    assert!(row.contains("CN") && row.contains("绝对"), "{row}");
    // Market guidance is for sellers, not buyers: no lint there.
    let guidance = mei
        .get("/console/translate?document=text/zh-CN/market/JP")
        .await;
    assert!(!guidance.body.contains("class=\"findings\""));
}
