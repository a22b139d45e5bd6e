//! A complete set of content documents, read from or written to the `locales/` layout.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::keys::DocumentKey;

/// The seed content compiled into the binary, so one file is all an operator needs.
static SEED: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

/// Document key → raw text (TOML for structure, Fluent for text), exactly as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContentSet {
    pub documents: BTreeMap<DocumentKey, String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path}: not a content file (expected channels.toml, payments.toml, marketplaces.toml, markets/CC.toml, LOCALE/channels.ftl, LOCALE/payments.ftl, LOCALE/marketplaces.ftl, LOCALE/guidance.ftl, LOCALE/lint.toml, LOCALE/markets/CC.ftl or LOCALE/phrases/SET.ftl)"
    )]
    Unrecognised { path: String },
    #[error("{path}: not valid UTF-8")]
    NotUtf8 { path: String },
}

impl ContentSet {
    /// The seed content embedded at build time.
    pub fn seed() -> Result<Self, SourceError> {
        let mut files = Vec::new();
        collect_embedded(&SEED, &mut files);
        Self::from_files(
            files
                .into_iter()
                .map(|(path, bytes)| (path, bytes.to_vec())),
        )
    }

    /// Reads a `locales/`-style folder.
    pub fn read_dir(root: &Path) -> Result<Self, SourceError> {
        let mut files = Vec::new();
        walk(root, root, &mut files)?;
        Self::from_files(files)
    }

    /// Builds a set from `(relative path, bytes)` pairs. `.toml` and `.ftl` files must be
    /// content documents; anything else (READMEs, dotfiles) is ignored.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, Vec<u8>)>,
    ) -> Result<Self, SourceError> {
        let mut documents = BTreeMap::new();
        for (path, bytes) in files {
            if !(path.ends_with(".toml") || path.ends_with(".ftl")) {
                continue;
            }
            let key = DocumentKey::from_path(&path)
                .ok_or_else(|| SourceError::Unrecognised { path: path.clone() })?;
            let text = String::from_utf8(bytes).map_err(|_| SourceError::NotUtf8 { path })?;
            documents.insert(key, text);
        }
        Ok(Self { documents })
    }

    /// Writes every document to its place under `root` (the inverse of [`ContentSet::read_dir`]).
    pub fn write_dir(&self, root: &Path) -> Result<(), SourceError> {
        for (key, text) in &self.documents {
            let path = root.join(key.path());
            let io = |source| SourceError::Io {
                path: path.clone(),
                source,
            };
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).map_err(io)?;
            }
            std::fs::write(&path, text).map_err(io)?;
        }
        Ok(())
    }
}

fn collect_embedded<'a>(dir: &'a Dir<'a>, out: &mut Vec<(String, &'a [u8])>) {
    for file in dir.files() {
        out.push((
            file.path().to_string_lossy().replace('\\', "/"),
            file.contents(),
        ));
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), SourceError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| SourceError::Io { path, source }
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .collect::<Result<_, _>>()
        .map_err(io(dir))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        if entry.file_type().map_err(io(&path))?.is_dir() {
            walk(root, &path, out)?;
        } else {
            let relative = path
                .strip_prefix(root)
                .expect("walked paths are under the root")
                .to_string_lossy()
                .replace('\\', "/");
            out.push((relative, std::fs::read(&path).map_err(io(&path))?));
        }
    }
    Ok(())
}
