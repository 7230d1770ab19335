package config_test

import (
	"os"
	"strings"
	"testing"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
)

// FuzzParse: any input either parses or fails with an error that says where
// (never a panic), and a parsed config can always be validated.
func FuzzParse(f *testing.F) {
	ref, err := os.ReadFile(refPath)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(ref, "")
	f.Add([]byte("mode = \"sim\"\n[risk]\nmax_gas_price_gwei = 1e-7\n"), "")
	f.Add([]byte("[tokens.X]\nleverage = \"-1\"\n"), "tokens.X.pool=p")
	f.Add([]byte("[[a]]\nb = 1\n"), "a.b=2")
	f.Fuzz(func(t *testing.T, data []byte, set string) {
		var sets []string
		if set != "" {
			sets = strings.Split(set, ",")
		}
		cfg, err := config.Parse(data, "fuzz.toml", sets)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error")
			}
			return
		}
		_ = cfg.Validate() // must not panic on anything that parsed
	})
}
