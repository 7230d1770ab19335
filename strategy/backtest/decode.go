package backtest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// ErrMalformed is wrapped by every error about the content of a stream;
// the message names the line.
var ErrMalformed = errors.New("malformed event stream")

// FormatV1 is the format name a stream's header line carries.
const FormatV1 = "navarb-events/1"

// Default asset decimals when a pool line does not give them.
const (
	DefaultBaseDecimals  = 18
	DefaultQuoteDecimals = 6
	// DefaultNative is the gas asset when a gas line does not name it.
	DefaultNative = "ETH"
	// MaxLevels bounds the levels kept per book side.
	MaxLevels = 64
)

// DecodeOptions shape what Decode keeps.
type DecodeOptions struct {
	// DepthBooks are the books (symbols) whose depth is kept, up to
	// MaxLevels a side: books a token trades on, which fills walk. Other
	// books keep their best level a side, which is all the engine reads of
	// an underlying's book (its mid).
	DepthBooks []string
}

// DecodeFile decodes the stream in path (gzip'd or not: the content says).
func DecodeFile(path string, o DecodeOptions) (*Stream, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer f.Close()
	s, err := Decode(f, o)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Decode reads a JSON Lines event stream, gzip'd or not. A malformed line
// (bad JSON, a missing or bad field, time going backwards) fails with its
// line number; a line of an unknown type is skipped and counted. Reading
// (and decompressing) runs in a goroutine of its own, ahead of parsing.
func Decode(r io.Reader, o DecodeOptions) (*Stream, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	var src io.Reader = br
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("events: gzip: %w", err)
		}
		defer zr.Close()
		src = zr
	}
	chunks := make(chan chunk, 4)
	free := make(chan []byte, 6)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		readChunks(src, chunks, free, done)
	}()
	defer wg.Wait()
	defer close(done)
	d := newDecoder(o)
	for c := range chunks {
		if c.err != nil {
			return nil, fmt.Errorf("events: line %d: %w", d.s.Lines+1, c.err)
		}
		b := c.data
		for len(b) > 0 {
			line := b
			if i := bytes.IndexByte(b, '\n'); i >= 0 {
				line, b = b[:i+1], b[i+1:]
			} else {
				b = nil
			}
			if err := d.line(line); err != nil {
				return nil, fmt.Errorf("events: line %d: %w", d.s.Lines, err)
			}
		}
		select {
		case free <- c.data[:0]:
		default:
		}
	}
	return d.s, nil
}

// chunk is a run of whole lines (the last may lack its newline at EOF), or
// a read error.
type chunk struct {
	data []byte
	err  error
}

// chunkSize is the read unit; a longer line grows the buffer.
const chunkSize = 4 << 20

// readChunks reads src into chunks of whole lines until EOF, an error, or
// done closing.
func readChunks(src io.Reader, out chan<- chunk, free <-chan []byte, done <-chan struct{}) {
	defer close(out)
	send := func(c chunk) bool {
		select {
		case out <- c:
			return true
		case <-done:
			return false
		}
	}
	var carry []byte
	size := chunkSize
	for {
		var buf []byte
		select {
		case buf = <-free:
		default:
		}
		if cap(buf) < size {
			buf = make([]byte, 0, size)
		}
		buf = append(buf[:0], carry...)
		for len(buf) < cap(buf) {
			n, err := src.Read(buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if errors.Is(err, io.EOF) {
				if len(buf) > 0 {
					send(chunk{data: buf})
				}
				return
			}
			if err != nil {
				send(chunk{err: err})
				return
			}
		}
		i := bytes.LastIndexByte(buf, '\n')
		if i < 0 {
			carry, size = buf, 2*cap(buf) // one line longer than the buffer
			continue
		}
		carry = append(carry[:0:0], buf[i+1:]...)
		size = chunkSize
		if !send(chunk{data: buf[:i+1]}) {
			return
		}
	}
}

// decoder turns lines into a Stream.
type decoder struct {
	s     *Stream
	depth map[string]bool
	obj   object
	tp    timeParser
	last  int64

	books                 map[string]int
	pools, chains, tokens map[string]int
	bookState             []bookBuild // current book state, by book
	sawHeader, sawEvent   bool
}

func newDecoder(o DecodeOptions) *decoder {
	d := &decoder{
		s:      &Stream{Skipped: map[string]uint64{}},
		depth:  map[string]bool{},
		books:  map[string]int{},
		pools:  map[string]int{},
		chains: map[string]int{},
		tokens: map[string]int{},
	}
	for _, b := range o.DepthBooks {
		d.depth[b] = true
	}
	return d
}

func (d *decoder) line(b []byte) error {
	d.s.Lines++
	if skipSpace(b, 0) == len(b) {
		return nil
	}
	if err := d.obj.parse(b); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	if err := d.event(); err != nil {
		return fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return nil
}

func (d *decoder) event() error {
	o := &d.obj
	typ, err := o.need("type")
	if err != nil {
		return err
	}
	tf := o.get("t")
	if tf == nil || tf.kind != vString {
		return errors.New("t: required (an RFC 3339 time string)")
	}
	t, err := d.tp.parse(tf.raw)
	if err != nil {
		return err
	}
	if d.sawEvent && t < d.last {
		return fmt.Errorf("t: %s is before the previous line's time (lines must be in time order)", tf.raw)
	}
	d.last, d.sawEvent = t, true
	ev := event{t: t}
	switch typ {
	case "header":
		return d.header()
	case "book":
		err = d.book(&ev)
	case "pool":
		err = d.pool(&ev)
	case "swap":
		err = d.swap(&ev)
	case "nav":
		err = d.nav(&ev)
	case "gas":
		err = d.gas(&ev)
	case "issuer":
		err = d.issuer(&ev, t)
	default:
		d.s.Skipped[typ]++
		return nil
	}
	if err != nil {
		return fmt.Errorf("%s: %w", typ, err)
	}
	d.s.events = append(d.s.events, ev)
	return nil
}

func (d *decoder) header() error {
	if d.sawHeader || len(d.s.events) > 0 {
		return errors.New("header: must be the first line, once")
	}
	d.sawHeader = true
	o := &d.obj
	h := &d.s.Header
	var err error
	if h.Format, _, err = o.str("format"); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	if h.Format != "" && h.Format != FormatV1 {
		return fmt.Errorf("header: format %q: this build reads %q", h.Format, FormatV1)
	}
	if h.Source, _, err = o.str("source"); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	if h.Note, _, err = o.str("note"); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	if h.Seed, err = o.int("seed", false); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	return nil
}

// index interns a name in m, calling add for a new one.
func (d *decoder) index(m map[string]int, key string, add func(name string) error) (int, error) {
	f := d.obj.get(key)
	if f != nil && f.kind == vString && !f.escaped && len(f.raw) > 0 {
		if i, ok := m[string(f.raw)]; ok {
			return i, nil
		}
	}
	name, err := d.obj.need(key)
	if err != nil {
		return 0, err
	}
	if i, ok := m[name]; ok {
		return i, nil
	}
	if len(m) >= 1<<16-1 {
		return 0, fmt.Errorf("%s: too many names", key)
	}
	if err := add(name); err != nil {
		return 0, err
	}
	i := len(m)
	m[name] = i
	return i, nil
}
