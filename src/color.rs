//! CSS colours from `site.toml`: parsing and WCAG contrast.
//!
//! Only forms an editor copies from a house style are accepted (`#0b5394`, `#fff`,
//! `rgb(11, 83, 148)`), so nothing but a colour can reach the stylesheet.

use crate::messages::Text;
use crate::t;

/// An opaque sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(255, 255, 255);

    /// Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgb(r g b)`, or `white`/`black`.
    pub fn parse(text: &str) -> Result<Rgb, Text> {
        let s = text.trim().to_ascii_lowercase();
        let bad = || t!("colour-unknown", colour = text);
        if let Some(hex) = s.strip_prefix('#') {
            if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(bad());
            }
            let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).unwrap_or(0);
            let pair = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0);
            return match hex.len() {
                3 => Ok(Rgb(digit(0) * 17, digit(1) * 17, digit(2) * 17)),
                6 => Ok(Rgb(pair(0), pair(2), pair(4))),
                _ => Err(bad()),
            };
        }
        if let Some(inner) = s.strip_prefix("rgb(").and_then(|r| r.strip_suffix(')')) {
            let parts: Vec<&str> = inner
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|p| !p.is_empty())
                .collect();
            let values: Vec<u8> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            return match values[..] {
                [r, g, b] if parts.len() == 3 => Ok(Rgb(r, g, b)),
                _ => Err(bad()),
            };
        }
        match s.as_str() {
            "white" => Ok(Rgb::WHITE),
            "black" => Ok(Rgb(0, 0, 0)),
            _ => Err(bad()),
        }
    }

    /// `#rrggbb`: the only form written to the stylesheet.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance as WCAG 2 defines it.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// The WCAG contrast ratio of two colours, from 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (light, dark) = if a > b { (a, b) } else { (b, a) };
        (light + 0.05) / (dark + 0.05)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_forms_a_house_style_uses() {
        assert_eq!(Rgb::parse("#0B5394"), Ok(Rgb(11, 83, 148)));
        assert_eq!(Rgb::parse("#fff"), Ok(Rgb::WHITE));
        assert_eq!(Rgb::parse("rgb(11, 83, 148)"), Ok(Rgb(11, 83, 148)));
        assert_eq!(Rgb::parse("rgb(11 83 148)"), Ok(Rgb(11, 83, 148)));
        assert!(Rgb::parse("#12345").is_err());
        assert!(Rgb::parse("red;}body{display:none").is_err());
        assert!(Rgb::parse("rgb(300, 0, 0)").is_err());
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        let black = Rgb(0, 0, 0);
        assert!((Rgb::WHITE.contrast(black) - 21.0).abs() < 1e-9);
        // #767676 on white is the lightest grey that passes 4.5:1.
        let grey = Rgb::parse("#767676").unwrap();
        assert!(grey.contrast(Rgb::WHITE) >= 4.5);
        assert!(Rgb::parse("#777777").unwrap().contrast(Rgb::WHITE) < 4.5);
    }
}
