package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/asl"
)

// benchCorpus writes the definitions of ../shared (the labelled corpus,
// AWS's verdicts and the recorded conformance cases: 1,000+ files) into
// dir, one file each, and returns their names. It skips when ../shared
// is absent.
func benchCorpus(tb testing.TB, dir string) []string {
	tb.Helper()
	shared := filepath.Join("..", "..", "..", "shared")
	var files []string
	corpus, _ := filepath.Glob(filepath.Join(shared, "corpus", "*", "*.json"))
	for _, f := range corpus {
		abs, err := filepath.Abs(f)
		if err != nil {
			tb.Fatal(err)
		}
		files = append(files, abs)
	}
	var recorded []string
	for _, pattern := range []string{"conformance/verdicts/*/*.json", "conformance/cases/*/*.json", "conformance/cases/*/*/*.json"} {
		m, _ := filepath.Glob(filepath.Join(shared, filepath.FromSlash(pattern)))
		recorded = append(recorded, m...)
	}
	for i, f := range recorded {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		var c struct {
			Definition     json.RawMessage `json:"definition"`
			DefinitionText *string         `json:"definition_text"`
			Scope          string          `json:"scope"`
		}
		if json.Unmarshal(data, &c) != nil || c.Scope == "state" {
			continue
		}
		def := []byte(c.Definition)
		if c.DefinitionText != nil {
			def = []byte(*c.DefinitionText)
		}
		if len(def) == 0 {
			continue
		}
		name := filepath.Join(dir, fmt.Sprintf("def%04d.json", i))
		if err := os.WriteFile(name, def, 0o644); err != nil {
			tb.Fatal(err)
		}
		files = append(files, name)
	}
	if len(files) < 1000 {
		tb.Skipf("found %d definitions under %s; the benchmark needs ../shared beside the repository with 1,000+", len(files), shared)
	}
	return files
}

// BenchmarkValidateFiles measures stepwise validate's work over the
// corpus on one worker (the baseline), one per core, and as many as
// stepwise validate uses (two per core): wall time per
// file, and CPU time per file (every thread, the garbage collector's
// included), which shows the work done when other load on the machine
// makes wall time wait.
func BenchmarkValidateFiles(b *testing.B) {
	files := benchCorpus(b, b.TempDir())
	for _, workers := range []int{1, runtime.GOMAXPROCS(0), validateWorkers()} {
		b.Run("workers="+strconv.Itoa(workers), func(b *testing.B) {
			cpu := processCPUTime()
			for b.Loop() {
				validateFiles(files, asl.Options{}, workers)
			}
			cpu = processCPUTime() - cpu
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(files)), "ns/file")
			b.ReportMetric(float64(cpu)/float64(b.N*len(files)), "cpu-ns/file")
		})
	}
}

// BenchmarkValidateVsLanguageService validates the same 1,000+ files with
// stepwise (as many workers as stepwise validate uses) and with AWS's language service (npm
// amazon-states-language-service, driven by testdata/asl-language-service.js)
// and reports ns/file for both, their ratio, and how many verdicts agree.
// The language service's time excludes Node's start-up and module load
// (measured inside the script); with them it is slower still
// (ls-wall-ns/file).
func BenchmarkValidateVsLanguageService(b *testing.B) {
	node, err := exec.LookPath("node")
	if err != nil {
		b.Skip("node is not installed")
	}
	if _, err := os.Stat(filepath.Join("..", "..", "node_modules", "amazon-states-language-service")); err != nil {
		b.Skip("npm package amazon-states-language-service is not installed (run npm ci)")
	}
	dir := b.TempDir()
	files := benchCorpus(b, dir)
	list := filepath.Join(dir, "files.txt")
	if err := os.WriteFile(list, []byte(strings.Join(files, "\n")), 0o644); err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	out, err := exec.Command(node, filepath.Join("testdata", "asl-language-service.js"), "--list", list).Output()
	wall := time.Since(start)
	if err != nil {
		b.Fatalf("language service: %v", err)
	}
	lsValid, lsMS := map[string]bool{}, 0.0
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "total ") {
			f := strings.Fields(line)
			lsMS, _ = strconv.ParseFloat(f[len(f)-1], 64)
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) >= 2 {
			lsValid[parts[0]] = parts[1] == "valid"
		}
	}
	if len(lsValid) != len(files) || lsMS == 0 {
		b.Fatalf("language service reported %d of %d files", len(lsValid), len(files))
	}
	var results []fileResult
	for b.Loop() {
		results = validateFiles(files, asl.Options{}, validateWorkers())
	}
	goNS := float64(b.Elapsed().Nanoseconds()) / float64(b.N*len(files))
	lsNS := lsMS * 1e6 / float64(len(files))
	agree := 0
	for _, r := range results {
		if lsValid[r.file] == (r.err == nil && !r.diags.HasErrors()) {
			agree++
		}
	}
	b.ReportMetric(goNS, "stepwise-ns/file")
	b.ReportMetric(lsNS, "ls-ns/file")
	b.ReportMetric(float64(wall.Nanoseconds())/float64(len(files)), "ls-wall-ns/file")
	b.ReportMetric(lsNS/goNS, "x-faster")
	b.ReportMetric(float64(len(files)), "files")
	b.ReportMetric(float64(agree), "same-verdict")
}

// BenchmarkParseAndValidateInMemory is BenchmarkValidateFiles without the
// file system: the corpus is read once, then parsed and validated on one
// goroutine, so that parser and validator changes show apart from I/O.
func BenchmarkParseAndValidateInMemory(b *testing.B) {
	files := benchCorpus(b, b.TempDir())
	docs := make([][]byte, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs[i] = data
	}
	cpu := processCPUTime()
	for b.Loop() {
		for _, d := range docs {
			asl.Options{}.ParseAndValidate(d)
		}
	}
	cpu = processCPUTime() - cpu
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/file")
	b.ReportMetric(float64(cpu)/float64(b.N*len(docs)), "cpu-ns/file")
}
