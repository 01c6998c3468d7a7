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

/// The pairs of a form-encoded query string or body, decoded as the service decodes them:
/// `%XX` escapes, and `+` as a space (a literal plus arrives as `%2B`).
pub fn parse_query(raw: &str) -> Vec<(Vec<u8>, Vec<u8>)> {
    url::form_urlencoded::parse(raw.as_bytes())
        .map(|(k, v)| (k.into_owned().into_bytes(), v.into_owned().into_bytes()))
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
            let query = format!("k={}", percent_encode(s));
            assert_eq!(
                parse_query(&query),
                vec![(b"k".to_vec(), s.as_bytes().to_vec())]
            );
        }
    }

    #[test]
    fn plus_is_a_space_and_percent_2b_a_plus() {
        assert_eq!(
            parse_query("a=x+y&b=x%2By&c"),
            vec![
                (b"a".to_vec(), b"x y".to_vec()),
                (b"b".to_vec(), b"x+y".to_vec()),
                (b"c".to_vec(), Vec::new()),
            ]
        );
    }

    #[test]
    fn decode_keeps_a_lone_percent() {
        assert_eq!(
            parse_query("k=a%zz%4"),
            vec![(b"k".to_vec(), b"a%zz%4".to_vec())]
        );
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
