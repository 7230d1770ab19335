package contracts_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"

	"github.com/navarb/navarb/venues/evm/contracts/internal/bindgen"
)

// repoRoot is the repository root relative to this package's directory.
const repoRoot = "../../.."

// TestArtifactsCurrent recompiles src/*.sol with the pinned solc-js and
// requires the committed artifacts to match byte for byte.
func TestArtifactsCurrent(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatalf("node not found (%v): install Node.js, then run `bash scripts/npm-install` to check the contract artifacts", err)
	}
	if _, err := os.Stat(filepath.Join(repoRoot, "scripts", "node_modules", "solc", "package.json")); err != nil {
		t.Fatalf("solc-js is not installed (%v): run `bash scripts/npm-install`", err)
	}
	out := t.TempDir()
	cmd := exec.Command(node, filepath.Join("scripts", "build-contracts"), "--out", out, "--no-bindings")
	cmd.Dir = repoRoot
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("build-contracts: %v\n%s", err, msg)
	}

	got := readDir(t, out)
	want := readDir(t, "artifacts")
	if g, w := names(got), names(want); !equalStrings(g, w) {
		t.Fatalf("artifacts: compiled %v, committed %v; run `node scripts/build-contracts` and commit", g, w)
	}
	for name, g := range got {
		if !bytes.Equal(g, want[name]) {
			t.Errorf("artifacts/%s is stale; run `node scripts/build-contracts` and commit", name)
		}
	}
}

// TestBindingsCurrent regenerates the Go bindings from the committed
// artifacts and requires bindings.go to match.
func TestBindingsCurrent(t *testing.T) {
	got, err := bindgen.Generate("artifacts", "contracts")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("bindings.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("bindings.go is stale; run `node scripts/build-contracts` and commit")
	}
}

func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	files := make(map[string][]byte, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		files[filepath.Base(p)] = b
	}
	return files
}

func names(m map[string][]byte) []string {
	s := make([]string, 0, len(m))
	for k := range m {
		s = append(s, k)
	}
	sort.Strings(s)
	return s
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
