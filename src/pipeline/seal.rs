//! The build manifest's seal: a keyed hash (SipHash-2-4, 128 bits) over everything the
//! manifest says, with a key that lives outside the output folder, in this user's cache
//! folder (`reelguide/manifest.key`), made from the operating system's randomness the
//! first time it is needed.
//!
//! The manifest lets a build skip work; it must never change what a build makes. A
//! manifest edited by hand, copied from another machine or written by something else
//! has no valid seal, and is not trusted: the build checks and renders everything, as a
//! clean build would. Without a cache folder to keep the key in, nothing is trusted.

use std::hash::Hasher;
use std::path::PathBuf;

use siphasher::sip128::{Hasher128, SipHasher24};

/// A sealing key: 128 random bits.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Key([u8; 16]);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

/// Where the key is kept: the user's cache folder, never the output folder.
fn key_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    Some(base.cache_dir().join("reelguide").join("manifest.key"))
}

impl Key {
    /// This user's key: read, or made and kept the first time. `None` when it can be
    /// neither read nor kept.
    pub fn load() -> Option<Key> {
        let path = key_path()?;
        if let Some(key) = Key::read(&path) {
            return Some(key);
        }
        let mut key = [0u8; 16];
        getrandom::fill(&mut key).ok()?;
        std::fs::create_dir_all(path.parent()?).ok()?;
        crate::write::write_private(&path, &key).ok()?;
        Some(Key(key))
    }

    /// The key kept in `path`, if it holds one.
    pub fn read(path: &std::path::Path) -> Option<Key> {
        let bytes = crate::read::file::read_bytes(path, 16).ok()?;
        <[u8; 16]>::try_from(bytes.as_slice()).ok().map(Key)
    }

    /// The seal of `text`, as hex.
    pub fn seal(&self, text: &[u8]) -> String {
        let (a, b) = self.0.split_at(8);
        let word = |bytes: &[u8]| u64::from_le_bytes(bytes.try_into().expect("eight bytes"));
        let mut hasher = SipHasher24::new_with_keys(word(a), word(b));
        hasher.write(text);
        format!("{:032x}", hasher.finish128().as_u128())
    }

    /// Whether `seal` is the seal of `text`, compared in constant time.
    pub fn verify(&self, text: &[u8], seal: &str) -> bool {
        let expected = self.seal(text);
        expected.len() == seal.len() && expected.bytes().zip(seal.bytes()).fold(0u8, |d, (a, b)| d | (a ^ b)) == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_seal_holds_only_for_the_text_and_key_it_was_made_with() {
        let (one, two) = (Key([1; 16]), Key([2; 16]));
        let seal = one.seal(b"summary");
        assert!(one.verify(b"summary", &seal));
        assert!(!one.verify(b"summarY", &seal));
        assert!(!two.verify(b"summary", &seal));
        assert!(!one.verify(b"summary", ""));
    }
}
