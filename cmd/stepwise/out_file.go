package main

import (
	"os"
	"path/filepath"
)

// writeOutFile writes data to path, the value of an output flag (--out,
// --history, --trace), creating its missing parent folders first. Every
// command that writes a file the user named follows this one rule, as
// synth --out DIR does for its folder.
func writeOutFile(path string, data []byte) error {
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	return os.WriteFile(path, data, 0o644)
}
