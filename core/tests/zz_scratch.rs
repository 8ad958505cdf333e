use askwell_core::json::Reader;
#[test]
fn scratch() {
    for s in [
        "64.4",
        "64.399999999999991",
        "1733481234.5678",
        "1733481234567.891",
        "0.30000000000000004",
        "12345",
    ] {
        let t = std::time::Instant::now();
        let mut x = 0.0;
        for _ in 0..100000 {
            let mut r = Reader::new(std::hint::black_box(s));
            x += r.f64().unwrap();
        }
        println!(
            "{s}: {:.3} µs  {x}",
            t.elapsed().as_secs_f64() * 1e6 / 100000.0
        );
    }
}
