//! SMS segments (3GPP TS 23.038 / GSM 03.38): a text that fits the GSM 7-bit alphabet travels
//! as 160 characters per single message (153 per part when concatenated; extension characters
//! such as € take two); anything else as UCS-2, 70 UTF-16 units per message (67 per part).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Gsm7,
    Ucs2,
}

impl Encoding {
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        }
    }

    /// Characters one single-part message holds.
    pub fn single(self) -> usize {
        match self {
            Encoding::Gsm7 => 160,
            Encoding::Ucs2 => 70,
        }
    }

    fn per_part(self) -> usize {
        match self {
            Encoding::Gsm7 => 153,
            Encoding::Ucs2 => 67,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segments {
    pub encoding: Encoding,
    /// Septets (GSM-7) or UTF-16 units (UCS-2).
    pub units: usize,
    pub segments: usize,
}

const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const EXTENSION: &str = "\u{000C}^{}\\[~]|€";

pub fn segments(text: &str) -> Segments {
    let mut septets = 0;
    let mut gsm = true;
    for c in text.chars() {
        if BASIC.contains(c) {
            septets += 1;
        } else if EXTENSION.contains(c) {
            septets += 2;
        } else {
            gsm = false;
            break;
        }
    }
    let (encoding, units) = if gsm {
        (Encoding::Gsm7, septets)
    } else {
        (Encoding::Ucs2, text.encode_utf16().count())
    };
    let segments = if units <= encoding.single() {
        1
    } else {
        units.div_ceil(encoding.per_part())
    };
    Segments {
        encoding,
        units,
        segments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gsm7_and_ucs2_limits() {
        assert_eq!(segments(&"a".repeat(160)).segments, 1);
        assert_eq!(segments(&"a".repeat(161)).segments, 2);
        assert_eq!(segments(&"€".repeat(80)).units, 160);
        let chinese = "你".repeat(70);
        assert_eq!(segments(&chinese).encoding, Encoding::Ucs2);
        assert_eq!(segments(&chinese).segments, 1);
        assert_eq!(segments(&"你".repeat(71)).segments, 2);
        // One emoji forces UCS-2 and counts two units.
        let s = segments(&format!("{}😀", "a".repeat(68)));
        assert_eq!((s.encoding, s.units, s.segments), (Encoding::Ucs2, 70, 1));
    }
}
