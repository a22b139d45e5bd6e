//! Guidance tools cost: lint throughput on a 300-character message in Latin, CJK and Thai
//! script, and the latency of one contact-window answer, on the seed content as a running
//! server holds it (one snapshot). Run with `cargo bench --bench guidance`; prints medians of
//! seven runs.

use std::time::Instant;

use chrono::{DateTime, Utc};
use marketguide::content::{Catalog, ContentSet};
use marketguide::guidance::contact_window::{ContactUse, WindowRequest, compute};
use marketguide::guidance::lint::{LintInput, TextUse, lint};
use marketguide::snapshot::Snapshot;
use marketguide::snapshot::views::ReleaseInfo;
use unic_langid::LanguageIdentifier;

fn main() {
    let catalog = Catalog::parse(&ContentSet::seed().unwrap()).unwrap();
    let snapshot = Snapshot::build(
        ReleaseInfo {
            number: 1,
            title: "bench".into(),
            published_at: Utc::now(),
        },
        &catalog,
    );
    let reader: LanguageIdentifier = "en-US".parse().unwrap();

    let cases = [
        (
            "Latin",
            "US",
            "en-US",
            "Dear Anna, thank you for your order. We will ship it within three business days and send you the tracking number as soon as it is on its way. ",
        ),
        (
            "CJK",
            "CN",
            "zh-CN",
            "尊敬的王先生：感谢您的订单，我们将在三个工作日内发货，并在包裹寄出后第一时间把物流单号发给您。",
        ),
        (
            "Thai",
            "TH",
            "th-TH",
            "เรียน คุณสมชาย ขอบคุณสำหรับคำสั่งซื้อค่ะ ทางร้านจะจัดส่งสินค้าภายในสามวันทำการ และจะแจ้งเลขพัสดุให้ทราบทันทีที่ส่งของค่ะ ",
        ),
    ];
    for (script, market, locale, sentence) in cases {
        let text: String = sentence.chars().cycle().take(300).collect();
        let locale: LanguageIdentifier = locale.parse().unwrap();
        let market = &snapshot.market_defs[market];
        let input = LintInput {
            market,
            text: &text,
            text_locale: &locale,
            text_use: TextUse::Marketing,
            channel: snapshot.guidance.channels.get("sms"),
            in_reply_to: Some("Dear seller, is this in stock?"),
            reader_locale: &reader,
        };
        let per_second = median(|| {
            let iterations = 2_000;
            let start = Instant::now();
            for _ in 0..iterations {
                std::hint::black_box(lint(&snapshot.guidance, &input));
            }
            iterations as f64 / start.elapsed().as_secs_f64()
        });
        let findings = lint(&snapshot.guidance, &input).len();
        println!(
            "lint {script:<5} 300 characters ({} bytes) against {}: {per_second:>9.0} messages/s ({findings} findings: all rules, SMS channel, marketing taboos)",
            text.len(),
            market.code
        );
    }

    let at: DateTime<Utc> = "2026-05-01T01:00:00Z".parse().unwrap();
    for (code, tz, contact_use) in [
        ("JP", None, ContactUse::PreSale),
        ("CN", None, ContactUse::AfterSale),
        ("SA", None, ContactUse::PreSale),
        ("US", Some("America/Los_Angeles"), ContactUse::Marketing),
    ] {
        let market = &snapshot.market_defs[code];
        let request = WindowRequest {
            at,
            tz: tz.map(|t| t.parse().unwrap()),
            contact_use,
            locale: reader.clone(),
        };
        let micros = median(|| {
            let iterations = 500;
            let start = Instant::now();
            for _ in 0..iterations {
                std::hint::black_box(compute(&snapshot, market, &request));
            }
            start.elapsed().as_secs_f64() * 1e6 / iterations as f64
        });
        println!("contact window {code} ({contact_use:?}): median {micros:.1} µs per answer");
    }
}

fn median(mut sample: impl FnMut() -> f64) -> f64 {
    sample();
    let mut samples: Vec<f64> = (0..7).map(|_| sample()).collect();
    samples.sort_by(f64::total_cmp);
    samples[3]
}
