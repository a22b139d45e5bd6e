// The seed content (include_dir!) and the migrations (embed_migrations!) are compiled into the
// binary; stable Rust does not track those folders by itself, so tell cargo to.
fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=migrations");
}
