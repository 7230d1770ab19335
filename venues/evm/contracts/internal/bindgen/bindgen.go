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
	"regexp"
	"sort"
	"strings"

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
	src, err := format.Source([]byte(prefixSharedOutputs(code)))
	if err != nil {
		return nil, fmt.Errorf("bindgen: format: %w", err)
	}
	return src, nil
}

var (
	sectionRe = regexp.MustCompile(`(?m)^// (\w+)MetaData contains all meta data`)
	outputRe  = regexp.MustCompile(`(?m)^type (\w+Output) struct`)
)

// prefixSharedOutputs works around abigen v2 naming a method's multi-value
// result type <Method>Output at package level: when several contracts have
// a method of the same name (previewMint of the issuers), each contract's
// copy is renamed <Contract><Method>Output.
func prefixSharedOutputs(code string) string {
	idx := sectionRe.FindAllStringSubmatchIndex(code, -1)
	if len(idx) == 0 {
		return code
	}
	type section struct{ name, body string }
	sections := make([]section, len(idx))
	for i, m := range idx {
		end := len(code)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		sections[i] = section{name: code[m[2]:m[3]], body: code[m[0]:end]}
	}
	count := map[string]int{}
	for _, s := range sections {
		for _, m := range outputRe.FindAllStringSubmatch(s.body, -1) {
			count[m[1]]++
		}
	}
	var b strings.Builder
	b.WriteString(code[:idx[0][0]])
	for _, s := range sections {
		body := s.body
		for name, n := range count {
			if n > 1 {
				body = regexp.MustCompile(`\b`+name+`\b`).ReplaceAllString(body, s.name+name)
			}
		}
		b.WriteString(body)
	}
	return b.String()
}
