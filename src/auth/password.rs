//! Password hashing with argon2id (PHC strings with their own salt and parameters).

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};

/// Passwords shorter than this are refused.
pub const MIN_LENGTH: usize = 12;

pub fn hash(password: &str) -> Result<String, String> {
    if password.chars().count() < MIN_LENGTH {
        return Err(format!("passwords need at least {MIN_LENGTH} characters"));
    }
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

pub fn verify(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// A valid hash of a random password, verified against when the user does not exist, so a
/// login takes as long for unknown users as for wrong passwords.
pub fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("decoy password that nobody has").expect("hashes"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_short_passwords_are_refused() {
        let h = hash("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", &h));
        assert!(!verify("wrong horse battery", &h));
        assert!(!verify("anything", "not a hash"));
        assert!(hash("short").is_err());
    }
}
