//go:build unix

package main

import (
	"os"
	"syscall"
)

// readFile is os.ReadFile through the system calls alone. validate reads
// thousands of small files, and each *os.File costs a registration with
// the network poller (which regular files refuse) and a cleanup
// function. Errors are the *os.PathError values os.ReadFile returns.
func readFile(name string) ([]byte, error) {
	var fd int
	err := ignoringEINTR(func() (err error) {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		return err
	})
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := ignoringEINTR(func() error { return syscall.Fstat(fd, &st) }); err != nil {
		return nil, &os.PathError{Op: "stat", Path: name, Err: err}
	}
	if st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return os.ReadFile(name) // a folder, a pipe, a device: os says what it is
	}
	// One byte more than the size, so that the end is seen without
	// growing the buffer.
	data := make([]byte, 0, st.Size+1)
	for {
		var n int
		err := ignoringEINTR(func() (err error) {
			n, err = syscall.Read(fd, data[len(data):cap(data)])
			return err
		})
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
		if len(data) == cap(data) { // the file grew while being read
			data = append(data, 0)[:len(data)]
		}
	}
}

// ignoringEINTR retries f while a signal interrupts it.
func ignoringEINTR(f func() error) error {
	for {
		if err := f(); err != syscall.EINTR {
			return err
		}
	}
}
