package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress reports sweep progress: a redrawn bar on a terminal, plain
// lines (at most one per 10% or per 5 seconds) otherwise.
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	tty      bool
	width    int
	started  time.Time
	lastLine time.Time
	lastPct  int
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, started: time.Now(), lastPct: -1, width: 30}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.tty = true
		if cols, _, err := term.GetSize(int(f.Fd())); err == nil && cols > 60 {
			p.width = min(cols-50, 50)
		}
	}
	return p
}

func (p *progress) update(done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	elapsed := time.Since(p.started)
	pct := done * 100 / max(total, 1)
	eta := ""
	if done > 0 && done < total {
		eta = " eta " + (elapsed * time.Duration(total-done) / time.Duration(done)).Round(time.Second).String()
	}
	if p.tty {
		fill := p.width * done / max(total, 1)
		fmt.Fprintf(p.w, "\rsweep [%s%s] %d/%d %3d%% %s%s\x1b[K", strings.Repeat("#", fill), strings.Repeat(".", p.width-fill),
			done, total, pct, elapsed.Round(100*time.Millisecond), eta)
		if done == total {
			fmt.Fprintln(p.w)
		}
		return
	}
	if done == total || pct/10 > p.lastPct/10 || time.Since(p.lastLine) >= 5*time.Second {
		p.lastPct, p.lastLine = pct, time.Now()
		fmt.Fprintf(p.w, "sweep: %d/%d points (%d%%) in %s%s\n", done, total, pct, elapsed.Round(100*time.Millisecond), eta)
	}
}
