//! RFC 3986 percent-encoding and canonical query strings, as both signature methods define them.

/// Percent-encodes `input`: everything but `A-Z a-z 0-9 - _ . ~` becomes `%XX` (upper-case hex),
/// so a space is `%20`, `*` is `%2A` and `~` stays as it is.
pub fn percent_encode(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + 8);
    encode_into(input.as_bytes(), &mut out);
    out
}

/// Appends the percent-encoding of `bytes` to `out`.
pub fn encode_into(bytes: &[u8], out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in bytes {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 0x0f)] as char);
        }
    }
}

/// Decodes `%XX` sequences; a `%` not followed by two hex digits is kept as it is.
pub fn percent_decode(input: &str) -> Vec<u8> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes.get(i).copied().unwrap_or_default();
        let hi = bytes.get(i + 1).and_then(|c| (*c as char).to_digit(16));
        let lo = bytes.get(i + 2).and_then(|c| (*c as char).to_digit(16));
        match (b, hi, lo) {
            (b'%', Some(hi), Some(lo)) => {
                out.push(((hi << 4) | lo) as u8);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// The canonical query string: each pair encoded, sorted by encoded name then value, joined by `&`.
pub fn canonical_query<K: AsRef<[u8]>, V: AsRef<[u8]>>(pairs: &[(K, V)]) -> String {
    let mut encoded: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| {
            let (mut ek, mut ev) = (String::new(), String::new());
            encode_into(k.as_ref(), &mut ek);
            encode_into(v.as_ref(), &mut ev);
            (ek, ev)
        })
        .collect();
    encoded.sort_unstable();
    let mut out = String::with_capacity(encoded.iter().map(|(k, v)| k.len() + v.len() + 2).sum());
    for (i, (k, v)) in encoded.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

/// Splits a raw query string into decoded name/value pairs (a name without `=` has an empty value).
pub fn parse_query(raw: &str) -> Vec<(Vec<u8>, Vec<u8>)> {
    raw.split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn space_is_percent_20() {
        assert_eq!(percent_encode("a b"), "a%20b");
    }

    #[test]
    fn star_is_encoded() {
        assert_eq!(percent_encode("a*b"), "a%2Ab");
    }

    #[test]
    fn tilde_is_kept() {
        assert_eq!(percent_encode("a~b"), "a~b");
    }

    #[test]
    fn plus_is_encoded() {
        assert_eq!(percent_encode("a+b"), "a%2Bb");
    }

    #[test]
    fn slash_is_encoded() {
        assert_eq!(percent_encode("/"), "%2F");
    }

    #[test]
    fn unreserved_are_kept() {
        assert_eq!(percent_encode("AZaz09-_.~"), "AZaz09-_.~");
    }

    #[test]
    fn non_ascii_is_utf8_percent_encoded() {
        assert_eq!(percent_encode("直播"), "%E7%9B%B4%E6%92%AD");
        assert_eq!(percent_encode("é"), "%C3%A9");
    }

    #[test]
    fn decode_reverses_encode() {
        for s in ["a b*c~d+e/f", "直播 é", "%", "100%"] {
            assert_eq!(percent_decode(&percent_encode(s)), s.as_bytes());
        }
    }

    #[test]
    fn decode_keeps_lone_percent_and_plus() {
        assert_eq!(percent_decode("a%zz+b%4"), b"a%zz+b%4");
    }

    #[test]
    fn canonical_query_sorts_by_name() {
        let q = canonical_query(&[("b", "2"), ("a", "x y"), ("C", "")]);
        assert_eq!(q, "C=&a=x%20y&b=2");
    }

    #[test]
    fn parse_query_round_trips_canonical() {
        let q = "A=1&B=x%20y&C=";
        assert_eq!(canonical_query(&parse_query(q)), q);
    }
}
