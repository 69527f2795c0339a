//go:build !unix

package main

import "os"

// readFile is os.ReadFile on systems without Unix system calls.
func readFile(name string) ([]byte, error) { return os.ReadFile(name) }
