//! Text and offsets. The engine works on UTF-8 byte ranges into the caller's
//! text and never rewrites it; this module turns those ranges into the
//! contract's Unicode code-point spans, in constant time per lookup after one
//! linear pass, and code-point offsets into UTF-16 offsets (what the DOM
//! counts) for the embed. It also keeps the two small collections every
//! stage shares so that each is compiled once into the WebAssembly: a sort
//! by position and a table keyed by lowercase words; and the word lists the
//! stages write inline ([`Words`]).

use crate::model::Span;

/// A word list written inline with [`words!`]: `words!["is", "are", "was"]`.
/// The browser builds keep it as one space-separated string (a table of
/// strings costs every reader a pointer and a length for each entry, a
/// `match` a comparison for each literal); native builds keep the table,
/// which is faster to search (one string made the CLI 1.45x slower).
#[derive(Clone, Copy)]
pub struct Words(
    #[cfg(target_arch = "wasm32")] pub &'static str,
    #[cfg(not(target_arch = "wasm32"))] pub &'static [&'static str],
);

impl Words {
    /// Whether `word` is one of the list's words.
    pub fn has(self, word: &str) -> bool {
        #[cfg(target_arch = "wasm32")]
        return listed(self.0, word);
        #[cfg(not(target_arch = "wasm32"))]
        return self.0.contains(&word);
    }
}

/// Whether `word` is one of `list`'s words, each followed by a space.
#[cfg(any(target_arch = "wasm32", test))]
fn listed(list: &str, word: &str) -> bool {
    !word.is_empty() && list.split(' ').any(|w| w == word)
}

/// Where `needle` first occurs in `haystack`, by a scan of byte windows.
/// The standard library's `str` searches with a `&str` pattern compile its
/// two-way searcher (about 2 KB of WebAssembly, and with it the formatting of
/// a bad `str` slice) into every bundle, for a few short needles.
pub fn find_substring(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    if needle.is_empty() {
        return Some(0);
    }
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w == needle)
}

/// Whether `haystack` holds the char `c`: the standard library's char
/// search compiles a searcher of its own (about 1.7 KB of WebAssembly) for
/// what a plain scan does over these short words.
/// Whether a word ends in a single `s`, as a plural or a present verb
/// does (`allies`, `stems`; not `press`).
pub fn in_single_s(word: &str) -> bool {
    word.ends_with('s') && !word.ends_with("ss")
}

pub fn has_char(haystack: &str, c: char) -> bool {
    haystack.chars().any(|h| h == c)
}

/// `haystack` with every `from` replaced by `to` (see [`find_substring`]).
pub fn replace_all(haystack: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(at) = find_substring(rest, from).filter(|_| !from.is_empty()) {
        out.push_str(&rest[..at]);
        out.push_str(to);
        rest = &rest[at + from.len()..];
    }
    out.push_str(rest);
    out
}

/// Bytes covered by one checkpoint of [`OffsetIndex`].
const BLOCK: usize = 64;

/// Maps UTF-8 byte offsets of one text to code-point offsets.
///
/// It keeps the code-point count at every 64th byte, so memory is a
/// sixteenth of the text and a lookup scans at most 64 bytes.
#[derive(Debug, Clone)]
pub struct OffsetIndex<'a> {
    text: &'a str,
    chars_before_block: Vec<usize>,
}

impl<'a> OffsetIndex<'a> {
    /// Indexes `text` in one pass.
    pub fn new(text: &'a str) -> Self {
        let mut chars_before_block = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut chars = 0usize;
        for (i, &byte) in text.as_bytes().iter().enumerate() {
            if i % BLOCK == 0 {
                chars_before_block.push(chars);
            }
            chars += usize::from(starts_char(byte));
        }
        if text.len().is_multiple_of(BLOCK) {
            chars_before_block.push(chars);
        }
        OffsetIndex {
            text,
            chars_before_block,
        }
    }

    /// The text this index was built for.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Code points before byte offset `byte` (clamped to the text).
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let within = &self.text.as_bytes()[block * BLOCK..byte];
        self.chars_before_block[block] + within.iter().filter(|&&b| starts_char(b)).count()
    }

    /// The contract span for the byte range `start..end` (clamped and moved
    /// onto character boundaries, so it never splits a code point).
    pub fn span(&self, start: usize, end: usize) -> Span {
        let start = floor_boundary(self.text, start);
        let end = floor_boundary(self.text, end).max(start);
        Span {
            start: self.char_offset(start),
            end: self.char_offset(end),
            text: self.text[start..end].to_owned(),
        }
    }
}

/// Whether a UTF-8 byte starts a code point (is no continuation byte).
fn starts_char(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// The largest character boundary at or before `byte`.
fn floor_boundary(text: &str, byte: usize) -> usize {
    let mut i = byte.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// UTF-16 offsets of a code-point offset in `text` (for callers holding a
/// contract span and a DOM string).
pub fn utf16_from_char_offset(text: &str, char_offset: usize) -> usize {
    text.chars().take(char_offset).map(char::len_utf16).sum()
}

/// Sorts items by a position key, stably (ties keep their order).
///
/// Every caller shares one sort of `((usize, usize), usize)` tuples: each
/// `sort_by_key` with its own closure would be compiled again into the
/// WebAssembly that every reader downloads.
/// The items are then moved into place by swaps alone (no second vector of
/// them), which compiles smaller for each item type.
pub fn sort_by_position<T>(items: &mut [T], key: &dyn Fn(&T) -> (usize, usize)) {
    let mut destination = destinations(
        items
            .iter()
            .enumerate()
            .map(|(i, item)| (key(item), i))
            .collect(),
    );
    // Each swap puts one item where it belongs: linear in the items, however
    // far they move (following moved items back would be quadratic).
    for i in 0..items.len() {
        while destination[i] != i {
            let to = destination[i];
            items.swap(i, to);
            destination.swap(i, to);
        }
    }
}

/// Where each keyed item goes in the order of the keys (compiled once, for
/// every item type).
fn destinations(mut keys: Vec<((usize, usize), usize)>) -> Vec<usize> {
    heap_sort(&mut keys);
    let mut destination = vec![0; keys.len()];
    for (position, &(_, item)) in keys.iter().enumerate() {
        destination[item] = position;
    }
    destination
}

/// Sorts the position keys in place, in O(n log n) with no allocation.
///
/// The standard library's pattern-defeating quicksort compiles to about
/// 3 KB of WebAssembly for this one key type (1.3 KB of the embed's gzip);
/// a heap sort is a tenth of that, and sorting is a sliver of an analysis.
fn heap_sort(keys: &mut [((usize, usize), usize)]) {
    // Moves the key at `root` down until the heap below it holds.
    fn sift_down(keys: &mut [((usize, usize), usize)], mut root: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= keys.len() {
                return;
            }
            if child + 1 < keys.len() && keys[child] < keys[child + 1] {
                child += 1;
            }
            if keys[root] >= keys[child] {
                return;
            }
            keys.swap(root, child);
            root = child;
        }
    }
    for root in (0..keys.len() / 2).rev() {
        sift_down(keys, root);
    }
    for end in (1..keys.len()).rev() {
        keys.swap(0, end);
        sift_down(&mut keys[..end], 0);
    }
}

/// Entries by a lowercase word, in a list a `HashMap<String, usize>` indexes.
///
/// Each key and value type of a `HashMap` compiles its own copy of the hash
/// table's code into the WebAssembly every reader downloads (about 0.5 KB
/// each); the lexicon's words and phrases and the resolver's name words all
/// share this one map type.
#[derive(Debug)]
pub struct Keyed<T> {
    index: rustc_hash::FxHashMap<String, usize>,
    entries: Vec<T>,
}

impl<T> Default for Keyed<T> {
    fn default() -> Self {
        Keyed {
            index: Default::default(),
            entries: Vec::new(),
        }
    }
}

impl<T: Default> Keyed<T> {
    pub fn get(&self, key: &str) -> Option<&T> {
        self.index.get(key).map(|&i| &self.entries[i])
    }

    pub fn contains(&self, key: &str) -> bool {
        self.index.contains_key(key)
    }

    /// The place of `key`'s entry, for [`Keyed::at`].
    pub fn position(&self, key: &str) -> Option<usize> {
        self.index.get(key).copied()
    }

    pub fn at(&self, position: usize) -> &T {
        &self.entries[position]
    }

    /// The entry of `key`, a default one added when new.
    pub fn entry(&mut self, key: &str) -> &mut T {
        let next = self.entries.len();
        let slot = *self.index.entry(key.to_owned()).or_insert(next);
        if slot == next {
            self.entries.push(T::default());
        }
        &mut self.entries[slot]
    }
}

/// Sorts spans by start, then end, through the tuple sort that
/// `sort_by_position` compiles (no second copy of it for spans).
pub fn sort_spans(spans: &mut Vec<std::ops::Range<usize>>) {
    let mut keys: Vec<((usize, usize), usize)> =
        spans.iter().map(|r| ((r.start, r.end), 0)).collect();
    heap_sort(&mut keys);
    *spans = keys
        .into_iter()
        .map(|((start, end), _)| start..end)
        .collect();
}

/// The lowercase of a letter in the scripts news names are written in
/// (Latin with its accents, Greek, Cyrillic); other characters are returned
/// as they are. The standard library's full Unicode case table would cost
/// every reader of the WebAssembly build about 11 KB for letters no lexicon
/// entry uses.
pub fn lowercase_char(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => code + 32,
        // Latin Extended-A pairs upper/lower case by parity, with the
        // parity flipping in the ranges of `Ĺ` and `Ź`.
        0x0100..=0x012F | 0x0132..=0x0137 | 0x014A..=0x0177 if code.is_multiple_of(2) => code + 1,
        0x0139..=0x0148 | 0x0179..=0x017E if !code.is_multiple_of(2) => code + 1,
        0x0130 => 0x69,
        0x0178 => 0xFF,
        0x0391..=0x03A1 | 0x03A3..=0x03AB => code + 32,
        0x0410..=0x042F => code + 32,
        0x0400..=0x040F => code + 80,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// `s` with every letter [`lowercase_char`] knows in lowercase.
pub fn lowercase(s: &str) -> String {
    s.chars().map(lowercase_char).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn substring_search_and_replace_agree_with_the_standard_library() {
        for (haystack, needle) in [
            ("text/html; charset=utf-8", "html"),
            ("quiet", "qu"),
            ("1.5rem 2rem", "rem"),
            ("€ and “quotes”", "”"),
            ("short", "longer than it"),
            ("", "a"),
            ("abc", ""),
        ] {
            assert_eq!(
                super::find_substring(haystack, needle),
                haystack.find(needle),
                "{haystack}"
            );
            for c in needle.chars() {
                assert_eq!(super::has_char(haystack, c), haystack.contains(c));
            }
            if !needle.is_empty() {
                assert_eq!(
                    super::replace_all(haystack, needle, "<>"),
                    haystack.replace(needle, "<>"),
                    "{haystack}"
                );
            }
        }
    }

    #[test]
    fn a_word_list_written_as_one_string_holds_whole_words_only() {
        let list = concat!("is", " ", "are", " ", "'s", " ");
        assert!(listed(list, "is") && listed(list, "are") && listed(list, "'s"));
        assert!(
            !listed(list, "i") && !listed(list, "ar") && !listed(list, "") && !listed(list, " ")
        );
        assert!(words!["is", "are"].has("are") && !words!["is", "are"].has("was"));
    }

    use super::*;

    #[test]
    fn keyed_entries_are_made_once_and_found_again() {
        let mut table: Keyed<Vec<usize>> = Keyed::default();
        table.entry("peskov").push(1);
        table.entry("peskov").push(2);
        table.entry("putin").push(3);
        assert_eq!(table.get("peskov"), Some(&vec![1, 2]));
        assert!(table.contains("putin") && !table.contains("lavrov"));
        assert_eq!(table.get("lavrov"), None);
    }

    #[test]
    fn the_heap_sort_orders_keys_as_the_standard_sort_does() {
        // A fixed pseudo-random sequence with many ties in the positions.
        let mut state = 12_345_u64;
        for len in [0, 1, 2, 3, 7, 64, 1_000] {
            let mut keys: Vec<((usize, usize), usize)> = (0..len)
                .map(|i| {
                    state = state
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1);
                    let position = ((state >> 33) % 17) as usize;
                    ((position, ((state >> 40) % 5) as usize), i)
                })
                .collect();
            let mut expected = keys.clone();
            expected.sort();
            heap_sort(&mut keys);
            assert_eq!(keys, expected, "{len} keys");
        }
    }

    #[test]
    fn spans_sort_by_start_then_end() {
        let mut spans = vec![5..9, 1..4, 5..7, 1..2];
        sort_spans(&mut spans);
        assert_eq!(spans, vec![1..2, 1..4, 5..7, 5..9]);
    }

    #[test]
    fn lowercase_agrees_with_unicode_where_it_acts() {
        for c in '\0'..='\u{052F}' {
            let unicode: Vec<char> = c.to_lowercase().collect();
            let ours = lowercase_char(c);
            // (`İ` is `i` with a combining dot; the plain `i` matches names.)
            assert!(ours == c || unicode[0] == ours, "{c:?} → {ours:?}");
        }
        assert_eq!(
            lowercase("ÉLODIE Ŀ ŁÓDŹ ΑΘΗΝΑ МОСКВА Ünal"),
            "élodie ŀ łódź αθηνα москва ünal"
        );
    }

    #[test]
    fn offsets_agree_with_a_naive_count() {
        let text = "Kim’s “visit” 🇰🇷 e\u{301} ok. ".repeat(9);
        let index = OffsetIndex::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let prefix = &text[..byte];
            let chars = prefix.chars().count();
            assert_eq!(index.char_offset(byte), chars);
            assert_eq!(
                utf16_from_char_offset(&text, chars),
                prefix.encode_utf16().count()
            );
        }
    }

    #[test]
    fn span_text_is_the_code_point_slice() {
        let text = "“In the pipeline,” he said.";
        let index = OffsetIndex::new(text);
        let span = index.span(0, text.find(',').unwrap());
        assert_eq!(span.start, 0);
        assert_eq!(span.end, 16);
        assert_eq!(span.text, "“In the pipeline");
        let chars: String = text
            .chars()
            .skip(span.start)
            .take(span.end - span.start)
            .collect();
        assert_eq!(chars, span.text);
    }

    #[test]
    fn span_never_splits_a_code_point() {
        let text = "é€";
        let index = OffsetIndex::new(text);
        let span = index.span(1, 4);
        assert_eq!(span.text, "é");
        assert_eq!((span.start, span.end), (0, 1));
    }

    #[test]
    fn sorting_by_position_is_stable() {
        let mut items = vec![(3, 'a'), (1, 'b'), (3, 'c'), (0, 'd')];
        sort_by_position(&mut items, &|&(k, _)| (k, 0));
        assert_eq!(items, vec![(0, 'd'), (1, 'b'), (3, 'a'), (3, 'c')]);
        // (An item moving far, past a long run already in order.)
        let mut items: Vec<usize> = (1..500).chain([0]).collect();
        sort_by_position(&mut items, &|&k| (k, 0));
        assert_eq!(items, (0..500).collect::<Vec<_>>());
    }

    #[test]
    fn empty_text_and_exact_block_multiples() {
        assert_eq!(OffsetIndex::new("").char_offset(0), 0);
        let text = "a".repeat(BLOCK * 2);
        let index = OffsetIndex::new(&text);
        assert_eq!(index.char_offset(text.len()), text.len());
    }

    #[test]
    fn conversions_from_code_points() {
        let text = "a😀b";
        assert_eq!(utf16_from_char_offset(text, 2), 3);
        assert_eq!(utf16_from_char_offset(text, 9), 4);
    }
}
