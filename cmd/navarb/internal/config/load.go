// Package config loads and validates navarb's TOML configuration: one strict
// schema where unknown keys, floats in money fields and impossible values are
// errors that name the key (and its line), reported all at once.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// Load reads the file at path, applies the -set overrides ("a.b.c=value") in
// order, and validates the result. Every problem found is reported at once.
func Load(path string, overrides []string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	cfg, err := Parse(data, path, overrides)
	if err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("config %s: invalid:\n%w", path, err)
	}
	return cfg, nil
}

// Parse decodes TOML text strictly and applies overrides; it does not
// validate values. name labels errors (usually the file path).
func Parse(data []byte, name string, overrides []string) (*Config, error) {
	cfg, err := decodeStrict(data, name, false)
	if err != nil {
		return nil, err
	}
	if len(overrides) == 0 {
		return cfg, nil
	}
	tree := map[string]any{}
	if _, err := toml.Decode(string(data), &tree); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, o := range overrides {
		if err := applyOverride(tree, o); err != nil {
			return nil, err
		}
	}
	var buf bytes.Buffer
	if err := toml.NewEncoder(&buf).Encode(tree); err != nil {
		return nil, fmt.Errorf("-set: %w", err)
	}
	return decodeStrict(buf.Bytes(), "-set", true)
}

// decodeStrict decodes into a Config and refuses keys the schema lacks.
func decodeStrict(data []byte, name string, fromSet bool) (*Config, error) {
	var cfg Config
	md, err := toml.Decode(string(data), &cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			where := name
			if !fromSet && pe.Position.Line > 0 {
				where = fmt.Sprintf("%s:%d", name, pe.Position.Line)
			}
			if pe.LastKey != "" {
				return nil, fmt.Errorf("%s: %s: %s", where, pe.LastKey, pe.Message)
			}
			return nil, fmt.Errorf("%s: %s", where, pe.Message)
		}
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var errs []error
	for _, k := range md.Undecoded() {
		key := k.String()
		if fromSet {
			errs = append(errs, fmt.Errorf("-set %s: unknown key", key))
			continue
		}
		if line := keyLine(data, k); line > 0 {
			errs = append(errs, fmt.Errorf("%s:%d: unknown key %q", name, line, key))
		} else {
			errs = append(errs, fmt.Errorf("%s: unknown key %q", name, key))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &cfg, nil
}

// applyOverride sets path=value in a decoded TOML tree. The value is read as
// a TOML value where it is one (integers, booleans, quoted strings, arrays);
// anything else, floats included, is taken as a string, so "0.0000001" stays
// exact and "250ms" needs no quotes; 0x-prefixed values (addresses) are
// strings too.
func applyOverride(tree map[string]any, o string) error {
	path, raw, ok := strings.Cut(o, "=")
	path = strings.TrimSpace(path)
	if !ok || path == "" {
		return fmt.Errorf("-set %q: want path.to.key=value", o)
	}
	keys := strings.Split(path, ".")
	for _, k := range keys {
		if k == "" {
			return fmt.Errorf("-set %s: empty key segment", path)
		}
	}
	val := parseValue(strings.TrimSpace(raw))
	m := tree
	for i, k := range keys[:len(keys)-1] {
		next, exists := m[k]
		if !exists {
			child := map[string]any{}
			m[k] = child
			m = child
			continue
		}
		child, isTable := next.(map[string]any)
		if !isTable {
			return fmt.Errorf("-set %s: %s is not a table", path, strings.Join(keys[:i+1], "."))
		}
		m = child
	}
	last := keys[len(keys)-1]
	if cur, isTable := m[last].(map[string]any); isTable && len(cur) > 0 {
		return fmt.Errorf("-set %s: is a table, set one of its keys", path)
	}
	m[last] = val
	return nil
}

func parseValue(raw string) any {
	// 0x... is an address or a hash: no config value is a hex integer.
	if len(raw) > 2 && raw[0] == '0' && (raw[1] == 'x' || raw[1] == 'X') {
		return raw
	}
	var doc struct{ V any }
	if _, err := toml.Decode("V = "+raw, &doc); err == nil {
		if _, isFloat := doc.V.(float64); !isFloat {
			return doc.V
		}
	}
	if s, err := strconv.Unquote(raw); err == nil {
		return s
	}
	return raw
}

// keyLine finds the line where a dotted key is defined, following table
// headers; 0 if not found. The TOML library keeps key positions private.
func keyLine(data []byte, key toml.Key) int {
	var table []string
	lines := strings.Split(string(data), "\n")
	for i, line := range lines {
		l := strings.TrimSpace(stripComment(line))
		if l == "" {
			continue
		}
		if strings.HasPrefix(l, "[") {
			h := strings.Trim(l, "[] \t")
			table = splitKey(h)
			if equalKeys(table, key) {
				return i + 1
			}
			continue
		}
		k, _, ok := strings.Cut(l, "=")
		if !ok {
			continue
		}
		full := append(append([]string{}, table...), splitKey(strings.TrimSpace(k))...)
		if equalKeys(full, key) || (len(full) < len(key) && equalKeys(full, key[:len(full)])) {
			return i + 1
		}
	}
	return 0
}

func stripComment(line string) string {
	inStr := false
	for i, r := range line {
		switch r {
		case '"':
			inStr = !inStr
		case '#':
			if !inStr {
				return line[:i]
			}
		}
	}
	return line
}

func splitKey(s string) []string {
	parts := strings.Split(s, ".")
	for i, p := range parts {
		parts[i] = strings.Trim(strings.TrimSpace(p), `"'`)
	}
	return parts
}

func equalKeys(a []string, b toml.Key) bool {
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

// TokenNames returns the configured token symbols, sorted.
func (c *Config) TokenNames() []string {
	names := make([]string, 0, len(c.Tokens))
	for n := range c.Tokens {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
