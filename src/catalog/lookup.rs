//! Lookups over the generated tables.
//!
//! By number through dense index arrays (one load each); a code given as text through a
//! build-time perfect hash over its bytes; string keys (constant names, locale tags) through
//! `phf` maps. Nothing here allocates.

use super::generated::*;
use super::{EnhancedInfo, ReplyInfo, SubCodeInfo};
use crate::{Class, EnhancedCode, Locale, Subject};

#[inline]
pub(crate) fn reply(code: u16) -> Option<&'static ReplyInfo> {
    let i = usize::from(code.wrapping_sub(200));
    let row = *REPLY_INDEX.get(i)?;
    REPLIES.get(usize::from(row))
}

pub(crate) fn reply_by_name(name: &str) -> Option<&'static ReplyInfo> {
    REPLY_BY_NAME
        .get(name)
        .and_then(|&i| REPLIES.get(usize::from(i)))
}

pub(crate) fn replies() -> &'static [ReplyInfo] {
    &REPLIES
}

#[inline]
pub(crate) fn enhanced(subject: u16, detail: u16) -> Option<&'static EnhancedInfo> {
    let (s, d) = (usize::from(subject), usize::from(detail));
    if d >= ENHANCED_DETAIL_SPAN {
        return None;
    }
    let row = *ENHANCED_INDEX.get(s * ENHANCED_DETAIL_SPAN + d)?;
    ENHANCED.get(usize::from(row))
}

/// Raw-byte lookup of `"5.7.26"` / `"X.7.26"`: no parsing, one multiply, one compare.
#[inline]
pub(crate) fn find_enhanced(b: &[u8]) -> Option<(EnhancedCode, &'static EnhancedInfo)> {
    let (&first, tail) = b.split_first()?;
    let class = match first {
        b'2' | b'4' | b'5' => first - b'0',
        b'X' | b'x' => 0,
        _ => return None,
    };
    if tail.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..tail.len()].copy_from_slice(tail);
    let key = u64::from_le_bytes(buf);
    let slot = (key.wrapping_mul(ENHANCED_HASH_MUL) >> ENHANCED_HASH_SHIFT) as usize;
    let row = usize::from(*ENHANCED_HASH_SLOTS.get(slot)?);
    if ENHANCED_HASH_KEYS.get(row) != Some(&key) {
        return None;
    }
    let info = ENHANCED.get(row)?;
    Some((EnhancedCode { class, ..info.code }, info))
}

pub(crate) fn enhanced_by_name(name: &str) -> Option<&'static EnhancedInfo> {
    ENHANCED_BY_NAME
        .get(name)
        .and_then(|&i| ENHANCED.get(usize::from(i)))
}

pub(crate) fn enhanced_all() -> &'static [EnhancedInfo] {
    &ENHANCED
}

pub(crate) fn class_record(class: Class) -> Option<&'static SubCodeInfo> {
    let i = match class {
        Class::PositiveCompletion => 0,
        Class::TransientNegative => 1,
        Class::PermanentNegative => 2,
        Class::PositiveIntermediate => return None,
    };
    CLASSES.get(i)
}

pub(crate) fn subject_record(subject: Subject) -> &'static SubCodeInfo {
    // The build guarantees all eight subjects, in order.
    &SUBJECTS[subject.number() as usize]
}

#[inline]
pub(crate) fn text(locale: Locale, row: u16, field: usize) -> &'static str {
    TEXTS[locale as usize]
        .get(usize::from(row))
        .map_or("", |r| r[field & 3])
}

#[inline]
pub(crate) fn ui(locale: Locale, key: UiKey) -> &'static str {
    UI[locale as usize][key as usize]
}

#[inline]
pub(crate) fn ui_by_index(locale: Locale, index: usize) -> &'static str {
    UI[locale as usize].get(index).copied().unwrap_or("")
}
