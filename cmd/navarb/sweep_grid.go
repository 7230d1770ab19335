package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/shopspring/decimal"

	"github.com/navarb/navarb/strategy/backtest"
)

// gridFile is a parsed sweep grid: the swept keys and how to search them.
type gridFile struct {
	dims   []backtest.Dimension
	random int    // > 0: random search with this many points
	seed   uint64 // random search seed
}

// loadGrid reads a grid file. Top-level keys are config paths (quoted,
// "arb.min_net_profit_usd", or as nested tables); each value is a list of
// values or a range table { from, to, step }. The optional [sweep] table
// sets search = "grid" | "random", points and seed.
func loadGrid(path string) (*gridFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("grid: %w", err)
	}
	var tree map[string]any
	if _, err := toml.Decode(string(data), &tree); err != nil {
		return nil, fmt.Errorf("grid %s: %w", path, err)
	}
	g := &gridFile{seed: 1}
	if s, ok := tree["sweep"]; ok {
		delete(tree, "sweep")
		if err := g.settings(s); err != nil {
			return nil, fmt.Errorf("grid %s: [sweep]: %w", path, err)
		}
	}
	var errs []error
	flatten("", tree, func(key string, v any) {
		d, err := dimension(key, v)
		if err != nil {
			errs = append(errs, err)
			return
		}
		g.dims = append(g.dims, d)
	})
	if len(errs) > 0 {
		return nil, fmt.Errorf("grid %s: %w", path, errors.Join(errs...))
	}
	if len(g.dims) == 0 {
		return nil, fmt.Errorf("grid %s: no keys to sweep", path)
	}
	sort.Slice(g.dims, func(i, j int) bool { return g.dims[i].Key < g.dims[j].Key })
	return g, nil
}

func (g *gridFile) settings(v any) error {
	m, ok := v.(map[string]any)
	if !ok {
		return errors.New("want a table")
	}
	for k, x := range m {
		switch k {
		case "search":
			switch x {
			case "grid":
			case "random":
				if g.random == 0 {
					g.random = 100
				}
			default:
				return fmt.Errorf("search = %v: want \"grid\" or \"random\"", x)
			}
		case "points":
			n, ok := x.(int64)
			if !ok || n <= 0 {
				return fmt.Errorf("points = %v: want an integer > 0", x)
			}
			g.random = int(n)
		case "seed":
			n, ok := x.(int64)
			if !ok {
				return fmt.Errorf("seed = %v: want an integer", x)
			}
			g.seed = uint64(n)
		default:
			return fmt.Errorf("unknown key %q (search, points, seed)", k)
		}
	}
	if s, _ := m["search"].(string); s == "grid" {
		g.random = 0
	}
	return nil
}

// isRange reports whether a table is a range ({from, to[, step]}).
func isRange(m map[string]any) bool {
	_, from := m["from"]
	_, to := m["to"]
	return from || to
}

// flatten walks nested tables into dotted config paths; ranges are leaves.
func flatten(prefix string, m map[string]any, leaf func(string, any)) {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		path := k
		if prefix != "" {
			path = prefix + "." + k
		}
		if sub, ok := m[k].(map[string]any); ok && !isRange(sub) {
			flatten(path, sub, leaf)
			continue
		}
		leaf(path, m[k])
	}
}

// dimension converts one grid entry.
func dimension(key string, v any) (backtest.Dimension, error) {
	d := backtest.Dimension{Key: key}
	switch x := v.(type) {
	case []any:
		if len(x) == 0 {
			return d, fmt.Errorf("%s: empty list", key)
		}
		for _, e := range x {
			s, err := scalar(e)
			if err != nil {
				return d, fmt.Errorf("%s: %w", key, err)
			}
			d.Values = append(d.Values, s)
		}
	case map[string]any:
		r, err := rangeOf(x)
		if err != nil {
			return d, fmt.Errorf("%s: %w", key, err)
		}
		d.Range = r
	default:
		s, err := scalar(x)
		if err != nil {
			return d, fmt.Errorf("%s: %w", key, err)
		}
		d.Values = []string{s}
	}
	return d, nil
}

// scalar renders a grid value as a -set value. Floats are allowed here
// (written back in their shortest form, the literal the file had).
func scalar(v any) (string, error) {
	switch x := v.(type) {
	case string:
		return x, nil
	case int64:
		return strconv.FormatInt(x, 10), nil
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64), nil
	case bool:
		return strconv.FormatBool(x), nil
	}
	return "", fmt.Errorf("value %v (%T): want a string, number or boolean", v, v)
}

func rangeOf(m map[string]any) (*backtest.Range, error) {
	for k := range m {
		if k != "from" && k != "to" && k != "step" {
			return nil, fmt.Errorf("range key %q: want from, to, step", k)
		}
	}
	from, okF := m["from"]
	to, okT := m["to"]
	if !okF || !okT {
		return nil, errors.New("a range needs from and to")
	}
	r := &backtest.Range{Kind: backtest.RangeDecimal}
	_, isInt := from.(int64)
	if fs, ok := from.(string); ok {
		if _, err := time.ParseDuration(fs); err == nil && strings.IndexFunc(fs, isUnit) >= 0 {
			r.Kind = backtest.RangeDuration
		}
	} else if isInt {
		if _, toInt := to.(int64); toInt {
			r.Kind = backtest.RangeInt
		}
	}
	parse := func(v any) (decimal.Decimal, error) {
		s, err := scalar(v)
		if err != nil {
			return decimal.Zero, err
		}
		return backtest.ParseRangeBound(r.Kind, s)
	}
	var err error
	if r.From, err = parse(from); err != nil {
		return nil, fmt.Errorf("from: %w", err)
	}
	if r.To, err = parse(to); err != nil {
		return nil, fmt.Errorf("to: %w", err)
	}
	if st, ok := m["step"]; ok {
		if r.Step, err = parse(st); err != nil {
			return nil, fmt.Errorf("step: %w", err)
		}
		if !r.Step.IsPositive() {
			return nil, errors.New("step must be > 0")
		}
	}
	if r.To.LessThan(r.From) {
		return nil, errors.New("to is below from")
	}
	return r, nil
}

func isUnit(r rune) bool { return strings.ContainsRune("nuµmsh", r) }
