package runtime_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/stepwise-go/stepwise/runtime"
	"github.com/stepwise-go/stepwise/value"
)

// FuzzRun runs machines (seeded from the shared corpus when present) on
// random inputs with a small transition budget: the runtime must never
// panic or hang.
func FuzzRun(f *testing.F) {
	f.Add([]byte(`{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}`), []byte(`{}`))
	f.Add([]byte(`{"StartAt":"M","States":{"M":{"Type":"Map","ItemsPath":"$.a","ItemProcessor":{"StartAt":"W","States":{"W":{"Type":"Wait","SecondsPath":"$","End":true}}},"End":true}}}`), []byte(`{"a":[1,-1,"x"]}`))
	for _, up := range []string{filepath.Join("..", ".."), filepath.Join("..", "..", "..")} {
		n := 0
		filepath.WalkDir(filepath.Join(up, "shared", "corpus"), func(p string, d os.DirEntry, err error) error {
			if err != nil || n >= 200 {
				return filepath.SkipAll
			}
			if filepath.Ext(p) == ".json" {
				if data, err := os.ReadFile(p); err == nil {
					f.Add(data, []byte(`{"a":[1,2],"b":"x"}`))
					n++
				}
			}
			return nil
		})
	}
	f.Fuzz(func(t *testing.T, def, input []byte) {
		prog, err := runtime.CompileDefinition(def)
		if err != nil {
			return
		}
		in, err := value.Parse(input)
		if err != nil {
			in = nil
		}
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		tasks := func(ctx context.Context, req *runtime.TaskRequest) (value.Value, error) { return req.Parameters, nil }
		ex := prog.Start(ctx, in, &runtime.Options{MaxTransitions: 200, Tasks: tasks})
		if ex.Wait(ctx) == nil {
			t.Fatalf("execution did not end within 5s")
		}
	})
}
