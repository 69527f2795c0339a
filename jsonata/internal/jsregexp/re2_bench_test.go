package jsregexp

import "testing"

// BenchmarkExecSubject times one search on an ASCII subject with Go's
// regexp (engine=re2, where toRE2 accepts the pattern) and with regexp2
// (engine=regexp2), in the same run.
func BenchmarkExecSubject(b *testing.B) {
	cases := []struct{ name, pattern, subject string }{
		{"Groups", `([a-z]+)@([a-z.]+)`, "ada@example.com"},
		{"Spaces", `\s+`, "Edsger Dijkstra"},
		{"Suffix", `example\.com$`, "grace@example.com"},
	}
	for _, c := range cases {
		fast, err := Compile(c.pattern, "")
		if err != nil || fast.fast == nil {
			b.Fatalf("%s: not on RE2 (%v)", c.pattern, err)
		}
		slow := *fast
		slow.fast = nil
		for _, e := range []struct {
			name string
			re   *Regexp
		}{{"re2", fast}, {"regexp2", &slow}} {
			b.Run(c.name+"/engine="+e.name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					if m, _ := e.re.ExecSubject(NewSubject(c.subject), 0); m == nil {
						b.Fatal("no match")
					}
				}
			})
		}
	}
}
