// Package bindgen turns the committed contract artifacts (artifacts/*.json:
// abi and bytecode, written by scripts/build-contracts) into the Go bindings
// of package contracts, with go-ethereum's abigen (v2 bindings).
package bindgen

import (
	"encoding/json"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Artifact is the part of a build-contracts artifact the bindings need.
type Artifact struct {
	ContractName string          `json:"contractName"`
	ABI          json.RawMessage `json:"abi"`
	Bytecode     string          `json:"bytecode"`
}

// Generate reads every artifact in dir and returns the formatted source of
// one Go file declaring their bindings in package pkg.
func Generate(dir, pkg string) ([]byte, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, fmt.Errorf("bindgen: list artifacts: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("bindgen: no artifacts in %s", dir)
	}
	sort.Strings(paths)
	var types, abis, bins []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("bindgen: read artifact: %w", err)
		}
		var a Artifact
		if err := json.Unmarshal(raw, &a); err != nil {
			return nil, fmt.Errorf("bindgen: parse %s: %w", p, err)
		}
		if a.ContractName == "" || len(a.ABI) == 0 {
			return nil, fmt.Errorf("bindgen: %s: missing contractName or abi", p)
		}
		types = append(types, a.ContractName)
		abis = append(abis, string(a.ABI))
		bins = append(bins, a.Bytecode)
	}
	code, err := abigen.BindV2(types, abis, bins, pkg, map[string]string{}, map[string]string{})
	if err != nil {
		return nil, fmt.Errorf("bindgen: abigen: %w", err)
	}
	src, err := format.Source([]byte(code))
	if err != nil {
		return nil, fmt.Errorf("bindgen: format: %w", err)
	}
	return src, nil
}
