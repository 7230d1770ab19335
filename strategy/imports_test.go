package strategy_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestImportRules enforces the dependency direction: strategy and risk are
// pure. They import the standard library (no network), decimal, zerolog,
// the venues vocabulary, and (strategy only) risk; never go-ethereum,
// go-binance, net/http or a venue adapter. The one exception is the ledger's
// storage, risk/ledgerdb, which may also import database/sql and
// modernc.org/sqlite.
func TestImportRules(t *testing.T) {
	const mod = "github.com/navarb/navarb/"
	allowed := func(pkgDir, imp string) bool {
		// risk/ledgerdb is the ledger's storage adapter: it alone may use
		// database/sql and the pure-Go SQLite driver (still no network,
		// no venue SDK, no strategy).
		if pkgDir == "risk/ledgerdb" && (imp == "database/sql" || imp == "modernc.org/sqlite") {
			return true
		}
		switch {
		case imp == "github.com/shopspring/decimal", imp == "github.com/rs/zerolog":
			return true
		case imp == mod+"venues":
			return true
		case strings.HasPrefix(imp, mod+"strategy"):
			return strings.HasPrefix(pkgDir, "strategy")
		case imp == mod+"risk":
			return true
		case strings.HasPrefix(imp, "net"), imp == "os/exec", imp == "database/sql":
			return false
		case !strings.Contains(strings.SplitN(imp, "/", 2)[0], "."):
			return true // standard library
		}
		return false
	}
	checked := 0
	for _, root := range []string{".", "../risk"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && d.Name() == "testdata" {
				return filepath.SkipDir
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
			if err != nil {
				return err
			}
			pkgDir := filepath.ToSlash(filepath.Join("strategy", filepath.Dir(path)))
			if strings.HasPrefix(root, "../risk") {
				pkgDir = filepath.ToSlash(filepath.Join("risk", filepath.Dir(strings.TrimPrefix(path, "../risk/"))))
			}
			for _, is := range f.Imports {
				imp, _ := strconv.Unquote(is.Path.Value)
				if !allowed(pkgDir, imp) {
					t.Errorf("%s imports %s: strategy and risk must stay pure", path, imp)
				}
			}
			checked++
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if checked < 10 {
		t.Fatalf("checked only %d files: the walk is broken", checked)
	}
}
