//! The understanding model: a linear classifier over hashed features (multinomial logistic
//! regression for the topic, plus one logistic output for "a web search answers this"),
//! trained offline by `askwell train` from `content/corpus/` and shipped as a small binary.
//!
//! File layout (little-endian): `AWM` + format byte; log2 of the bucket count; class count
//! `n`; each class id as a length-prefixed string; the corpus fingerprint (u64) it was
//! trained on; the weight scale (f32); then `n + 1` bias bytes; the bits an inverse
//! document frequency needs (see `features::weigh`); then, range coded (`coded`), each
//! bucket's idf and its `n + 1` weights (i8). Training prunes most weights to zero; the
//! coder spends well under a bit on each zero (format 3 stored a bit per bucket, a column
//! mask and the non-zero weights plainly: 117 KB, 55 KB gzip; this is about 42 KB, and gzip
//! cannot shrink it further).

use super::coded;
use super::features::{features, weigh, Feature};
use crate::topic::Topic;

const MAGIC: &[u8; 4] = b"AWM\x04";

/// A trained model, ready to score lines.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub log2_buckets: u8,
    /// The topic of each output column; `None` for a class this build does not know.
    pub classes: Vec<Option<Topic>>,
    /// Ids as stored, so a model can be written back unchanged.
    pub class_ids: Vec<String>,
    pub corpus_fingerprint: u64,
    pub scale: f32,
    /// `classes.len() + 1` per row: topic logits, then the generic logit.
    pub bias: Vec<i8>,
    /// Inverse document frequency per bucket, in `features::IDF_STEPS`; 0 when unseen.
    pub idf: Vec<u8>,
    pub weights: Vec<i8>,
}

/// Raw scores of one line.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Softmax probability per class, in `Model::classes` order.
    pub probabilities: Vec<f32>,
    /// Probability that a web search answers the question.
    pub generic: f32,
}

impl Model {
    pub fn width(&self) -> usize {
        self.classes.len() + 1
    }

    /// Reads a model file, checking its shape.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC {
            return Err("not an Askwell model file".into());
        }
        let log2_buckets = r.take(1)?[0];
        if !(8..=20).contains(&log2_buckets) {
            return Err(format!("bucket count 2^{log2_buckets} out of range"));
        }
        let n = usize::from(r.take(1)?[0]);
        let mut class_ids = Vec::with_capacity(n);
        for _ in 0..n {
            let len = usize::from(r.take(1)?[0]);
            let id = std::str::from_utf8(r.take(len)?).map_err(|e| e.to_string())?;
            class_ids.push(id.to_string());
        }
        let corpus_fingerprint = u64::from_le_bytes(r.take(8)?.try_into().unwrap_or([0; 8]));
        let scale = f32::from_le_bytes(r.take(4)?.try_into().unwrap_or([0; 4]));
        let width = n + 1;
        let bias = r.take(width)?.iter().map(|b| *b as i8).collect();
        let idf_bits = r.take(1)?[0];
        if idf_bits > 8 {
            return Err("not an Askwell model file".into());
        }
        let (idf, weights, used) = coded::read(&bytes[r.at..], idf_bits, width, 1 << log2_buckets);
        r.take(used)?;
        if r.at != bytes.len() {
            return Err("trailing bytes after the weights".into());
        }
        Ok(Model {
            log2_buckets,
            classes: class_ids.iter().map(|id| Topic::parse(id)).collect(),
            class_ids,
            corpus_fingerprint,
            scale,
            bias,
            idf,
            weights,
        })
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.push(self.log2_buckets);
        out.push(self.class_ids.len() as u8);
        for id in &self.class_ids {
            out.push(id.len() as u8);
            out.extend_from_slice(id.as_bytes());
        }
        out.extend_from_slice(&self.corpus_fingerprint.to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        out.extend(self.bias.iter().map(|b| *b as u8));
        let idf_bits = 8 - self.idf.iter().max().map_or(8, |m| m.leading_zeros() as u8);
        out.push(idf_bits);
        out.extend(coded::write(
            idf_bits,
            self.width(),
            &self.idf,
            &self.weights,
        ));
        out
    }

    /// The weighed, normalized features of normalized words.
    pub fn features(&self, words: &[String]) -> Vec<Feature> {
        weigh(features(words, self.log2_buckets), &self.idf)
    }

    /// Logits per output column (topics, then generic) for a feature vector.
    pub fn logits(&self, feats: &[Feature]) -> Vec<f32> {
        let width = self.width();
        let mut z: Vec<f32> = self.bias.iter().map(|b| f32::from(*b)).collect();
        for &(bucket, value) in feats {
            let row = &self.weights[bucket as usize * width..][..width];
            for (zi, w) in z.iter_mut().zip(row) {
                *zi += f32::from(*w) * value;
            }
        }
        for zi in &mut z {
            *zi *= self.scale;
        }
        z
    }

    /// Scores normalized words, with extra logit added per class (a persona's prior).
    pub fn score(&self, words: &[String], prior: &[(usize, f32)]) -> Scores {
        let mut z = self.logits(&self.features(words));
        let generic = z.pop().unwrap_or(f32::NEG_INFINITY);
        for &(class, bonus) in prior {
            if let Some(zi) = z.get_mut(class) {
                *zi += bonus;
            }
        }
        // Classes this build cannot answer never win.
        for (zi, c) in z.iter_mut().zip(&self.classes) {
            if c.is_none() {
                *zi = f32::NEG_INFINITY;
            }
        }
        Scores {
            probabilities: softmax(&z),
            generic: 1.0 / (1.0 + (-generic).exp()),
        }
    }

    /// The class column of a topic.
    pub fn column(&self, topic: Topic) -> Option<usize> {
        self.classes.iter().position(|c| *c == Some(topic))
    }

    /// How much a bucket pushes `class` over `other` (in logit units).
    pub fn margin_weight(&self, bucket: u32, class: usize, other: usize) -> f32 {
        let row = &self.weights[bucket as usize * self.width()..][..self.width()];
        (f32::from(row[class]) - f32::from(row[other])) * self.scale
    }
}

pub fn softmax(z: &[f32]) -> Vec<f32> {
    let max = z.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exp: Vec<f32> = z.iter().map(|v| (v - max).exp()).collect();
    let sum: f32 = exp.iter().sum::<f32>().max(f32::MIN_POSITIVE);
    exp.into_iter().map(|e| e / sum).collect()
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|e| *e <= self.bytes.len());
        let end = end.ok_or("model file is truncated")?;
        let s = &self.bytes[self.at..end];
        self.at = end;
        Ok(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny(weights: Vec<i8>) -> Model {
        Model {
            log2_buckets: 8,
            classes: vec![Some(Topic::None)],
            class_ids: vec!["none".into()],
            corpus_fingerprint: 7,
            scale: 0.5,
            bias: vec![1, -1],
            idf: (0..=255).collect(),
            weights,
        }
    }

    #[test]
    fn sparse_weights_round_trip() {
        let mut weights = vec![0i8; 2 << 8];
        weights[0] = 5;
        weights[3] = -128;
        weights[511] = 127;
        let model = tiny(weights);
        let bytes = model.to_bytes();
        assert_eq!(Model::from_bytes(&bytes), Ok(model));
        // Header, 2 bias bytes, the idf's bit count (8), then the coded tables: 256 distinct
        // idf bytes cost about their own size, 509 zero weights and 3 others a few bytes more.
        assert_eq!(bytes.len(), 4 + 2 + 5 + 12 + 2 + 1 + 269);
    }

    #[test]
    fn truncated_or_padded_files_are_refused() {
        let bytes = tiny(vec![1; 2 << 8]).to_bytes();
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_err());
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(Model::from_bytes(&longer).is_err());
    }
}
