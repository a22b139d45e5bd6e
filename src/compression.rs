//! Compressed copies of response bodies and their entity tags, shared by the snapshot (bodies
//! that live as long as a release) and the delivery middleware (everything else).

use std::io::Write;
use std::sync::{Arc, OnceLock};

use actix_web::web::Bytes;
use sha2::{Digest, Sha256};

/// A body that lives as long as its release, with its compressed copies made at most once
/// each, on first use. Handlers attach it to the response's extensions.
#[derive(Debug, Default)]
pub struct Precompressed {
    br: OnceLock<Bytes>,
    gzip: OnceLock<Bytes>,
}

impl Precompressed {
    pub fn new() -> Arc<Self> {
        Arc::default()
    }

    /// High quality: this runs once per body and release, never per request.
    pub fn br(&self, body: &[u8]) -> Bytes {
        self.br
            .get_or_init(|| Bytes::from(brotli(body, 11)))
            .clone()
    }

    pub fn gzip(&self, body: &[u8]) -> Bytes {
        self.gzip
            .get_or_init(|| Bytes::from(gzip(body, flate2::Compression::best())))
            .clone()
    }
}

pub fn brotli(body: &[u8], quality: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() / 3);
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, quality, 22);
        writer.write_all(body).expect("writes to memory");
    }
    out
}

pub fn gzip(body: &[u8], level: flate2::Compression) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 3), level);
    encoder.write_all(body).expect("writes to memory");
    encoder.finish().expect("writes to memory")
}

/// The strong entity tag of `body`.
pub fn etag_of(body: &[u8]) -> String {
    format!("\"{}\"", &hex::encode(Sha256::digest(body))[..24])
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn compressed_bodies_decode_to_the_original_and_are_made_once() {
        let body = br#"{"text":"the same words again and again and again"}"#.repeat(50);
        let p = Precompressed::new();
        let (br, gz) = (p.br(&body), p.gzip(&body));
        assert_eq!(p.br(b"other").as_ptr(), br.as_ptr(), "made once");
        let mut out = Vec::new();
        brotli::Decompressor::new(&br[..], 4096)
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, body);
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_end(&mut out)
            .unwrap();
        assert_eq!(out, body);
        assert!(br.len() < body.len() / 5);
    }
}
