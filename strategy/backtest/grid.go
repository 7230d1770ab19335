package backtest

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// Setting is one config override of a sweep point, as for -set.
type Setting struct {
	Key, Value string
}

// Point is one parameter point of a sweep.
type Point struct {
	Index    int // 0-based, in generation order
	Settings []Setting
}

// String renders the point as -set arguments would be written.
func (p Point) String() string {
	parts := make([]string, len(p.Settings))
	for i, s := range p.Settings {
		parts[i] = s.Key + "=" + s.Value
	}
	return strings.Join(parts, " ")
}

// RangeKind is what a range's bounds are.
type RangeKind uint8

// Range kinds.
const (
	RangeDecimal RangeKind = iota + 1
	RangeInt
	RangeDuration
)

// Range is an inclusive interval of a swept key. A grid walks it from
// From to To by Step; a random search draws uniformly from it (from the
// Step grid when Step is set).
type Range struct {
	Kind           RangeKind
	From, To, Step decimal.Decimal // durations in nanoseconds
}

// Dimension is one swept key: explicit values, or a range.
type Dimension struct {
	Key    string
	Values []string
	Range  *Range
}

// maxGridPoints bounds a grid.
const maxGridPoints = 1_000_000

// values lists a dimension's grid values.
func (d *Dimension) values() ([]string, error) {
	if d.Range == nil {
		if len(d.Values) == 0 {
			return nil, fmt.Errorf("%s: no values", d.Key)
		}
		return d.Values, nil
	}
	r := d.Range
	if !r.Step.IsPositive() {
		return nil, fmt.Errorf("%s: a grid range needs a step > 0", d.Key)
	}
	if r.To.LessThan(r.From) {
		return nil, fmt.Errorf("%s: range from %s to %s is empty", d.Key, r.format(r.From), r.format(r.To))
	}
	var out []string
	for x := r.From; !x.GreaterThan(r.To); x = x.Add(r.Step) {
		if len(out) == maxGridPoints {
			return nil, fmt.Errorf("%s: more than %d values", d.Key, maxGridPoints)
		}
		out = append(out, r.format(x))
	}
	return out, nil
}

func (r *Range) format(x decimal.Decimal) string {
	switch r.Kind {
	case RangeInt:
		return x.Truncate(0).String()
	case RangeDuration:
		return time.Duration(x.IntPart()).String()
	}
	return x.String()
}

// Grid is every combination of the dimensions' values, the last dimension
// varying fastest.
func Grid(dims []Dimension) ([]Point, error) {
	if len(dims) == 0 {
		return nil, errors.New("grid: no keys to sweep")
	}
	lists := make([][]string, len(dims))
	total := 1
	for i := range dims {
		vs, err := dims[i].values()
		if err != nil {
			return nil, fmt.Errorf("grid: %w", err)
		}
		lists[i] = vs
		total *= len(vs)
		if total > maxGridPoints {
			return nil, fmt.Errorf("grid: more than %d points", maxGridPoints)
		}
	}
	points := make([]Point, total)
	for n := range points {
		p := Point{Index: n, Settings: make([]Setting, len(dims))}
		rest := n
		for i := len(dims) - 1; i >= 0; i-- {
			k := len(lists[i])
			p.Settings[i] = Setting{Key: dims[i].Key, Value: lists[i][rest%k]}
			rest /= k
		}
		points[n] = p
	}
	return points, nil
}

// Random draws n points with a seeded sampler: each key independently,
// uniformly from its values or its range (continuous decimal ranges are
// rounded to 6 decimals, durations to the millisecond). The same seed gives
// the same points.
func Random(dims []Dimension, n int, seed uint64) ([]Point, error) {
	if len(dims) == 0 {
		return nil, errors.New("random: no keys to sweep")
	}
	if n <= 0 || n > maxGridPoints {
		return nil, fmt.Errorf("random: points %d: want 1 to %d", n, maxGridPoints)
	}
	for i := range dims {
		d := &dims[i]
		if d.Range == nil && len(d.Values) == 0 {
			return nil, fmt.Errorf("random: %s: no values", d.Key)
		}
		if d.Range != nil && d.Range.To.LessThan(d.Range.From) {
			return nil, fmt.Errorf("random: %s: empty range", d.Key)
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x6e61766172622d73)) // "navarb-s"
	points := make([]Point, n)
	for k := range points {
		p := Point{Index: k, Settings: make([]Setting, len(dims))}
		for i := range dims {
			p.Settings[i] = Setting{Key: dims[i].Key, Value: dims[i].draw(rng)}
		}
		points[k] = p
	}
	return points, nil
}

func (d *Dimension) draw(rng *rand.Rand) string {
	if d.Range == nil {
		return d.Values[rng.IntN(len(d.Values))]
	}
	r := d.Range
	span := r.To.Sub(r.From)
	if r.Step.IsPositive() {
		steps := span.Div(r.Step).Floor().IntPart()
		return r.format(r.From.Add(r.Step.Mul(decimal.NewFromInt(rng.Int64N(steps + 1)))))
	}
	switch r.Kind {
	case RangeInt:
		return r.format(r.From.Add(decimal.NewFromInt(rng.Int64N(span.IntPart() + 1))))
	case RangeDuration:
		ms := span.Div(decimal.NewFromInt(int64(time.Millisecond))).Floor().IntPart()
		return r.format(r.From.Add(decimal.NewFromInt(rng.Int64N(ms+1) * int64(time.Millisecond))))
	}
	u := decimal.NewFromFloat(rng.Float64())
	return r.From.Add(span.Mul(u)).Round(6).String()
}

// ParseRangeBound parses a range bound of kind (a decimal, an integer or a
// duration string).
func ParseRangeBound(kind RangeKind, s string) (decimal.Decimal, error) {
	switch kind {
	case RangeDuration:
		d, err := time.ParseDuration(s)
		if err != nil {
			return decimal.Zero, fmt.Errorf("%q is not a duration", s)
		}
		return decimal.NewFromInt(int64(d)), nil
	case RangeInt:
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return decimal.Zero, fmt.Errorf("%q is not an integer", s)
		}
		return decimal.NewFromInt(v), nil
	}
	v, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Zero, fmt.Errorf("%q is not a decimal", s)
	}
	return v, nil
}
