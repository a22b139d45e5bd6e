//! Accounts, passwords, tokens and the caller extractor for the write path.

pub mod caller;
pub mod client_address;
pub mod hashing;
pub mod names;
pub mod password;
pub mod role;
pub mod throttle;
pub mod token;

pub use caller::Caller;
pub use role::Role;
pub use token::TokenKeys;
