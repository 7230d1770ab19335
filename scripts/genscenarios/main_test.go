package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const testdata = "../../strategy/backtest/testdata/scenarios"

// The committed scenarios are what the generator writes now: regenerate
// them (go run ./scripts/genscenarios) after changing it or the simulator.
func TestScenariosAreCurrent(t *testing.T) {
	scenarios := Scenarios()
	if len(scenarios) != 7 {
		t.Fatalf("%d scenarios, want the seven of the suite", len(scenarios))
	}
	for _, sc := range scenarios {
		t.Run(sc.Name, func(t *testing.T) {
			t.Parallel()
			var got bytes.Buffer
			n, err := Generate(&got, sc)
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(filepath.Join(testdata, sc.Name+".jsonl.gz"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			zr, err := gzip.NewReader(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := io.ReadAll(zr)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s is stale: run go run ./scripts/genscenarios", sc.Name)
			}
			if lines := strings.Count(got.String(), "\n"); lines != n+1 || n < 20000 {
				t.Errorf("%d lines for %d events", lines, n)
			}
		})
	}
}

// An unknown scenario name is an error, and nothing is written.
func TestRunUnknown(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(dir, "meteor-strike", &out); err == nil || !strings.Contains(err.Error(), "meteor-strike") {
		t.Errorf("err %v", err)
	}
	if files, _ := os.ReadDir(dir); len(files) != 0 || out.Len() != 0 {
		t.Errorf("wrote %d files, output %q", len(files), out.String())
	}
}
