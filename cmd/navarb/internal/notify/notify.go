package notify

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/ops"
)

// Options configure a Webhook. Zero values take the defaults noted.
type Options struct {
	// URL receives a JSON POST per message. Secret: never logged.
	URL string
	// Source names the sender in every message (a host or instance name).
	Source string
	// Burst messages may go at once; then one per Every (defaults 5, 1m).
	Burst int
	Every time.Duration
	// Queue bounds messages waiting to be sent (default 64); beyond it they
	// are counted as suppressed.
	Queue int
	// Timeout bounds one attempt (default 5s); Retries more attempts follow
	// a failure (default 3; negative: none), Backoff apart, doubling
	// (default 1s).
	Timeout time.Duration
	Retries int
	Backoff time.Duration
	// Tick is how often Run checks whether a summary of suppressed alerts
	// can go (default 1s).
	Tick time.Duration
	// Now is the clock of the rate limiter (default time.Now).
	Now    func() time.Time
	Client *http.Client
	Log    zerolog.Logger
}

// Message is the JSON body posted; Text carries everything, for chat
// webhooks that show only "text".
type Message struct {
	Source     string    `json:"source,omitempty"`
	Kind       string    `json:"kind"`
	Text       string    `json:"text"`
	Suppressed int       `json:"suppressed"`
	Time       time.Time `json:"time"`
}

// Webhook is a rate-limited, non-blocking webhook notifier.
type Webhook struct {
	o     Options
	queue chan Message

	mu         sync.Mutex
	tokens     float64
	last       time.Time
	suppressed int
}

var _ ops.Notifier = (*Webhook)(nil)

// New builds a notifier. It does no I/O; Run sends.
func New(o Options) *Webhook {
	if o.Burst <= 0 {
		o.Burst = 5
	}
	if o.Every <= 0 {
		o.Every = time.Minute
	}
	if o.Queue <= 0 {
		o.Queue = 64
	}
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Second
	}
	if o.Retries < 0 {
		o.Retries = 0
	} else if o.Retries == 0 {
		o.Retries = 3
	}
	if o.Backoff <= 0 {
		o.Backoff = time.Second
	}
	if o.Tick <= 0 {
		o.Tick = time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Client == nil {
		o.Client = &http.Client{}
	}
	return &Webhook{o: o, queue: make(chan Message, o.Queue), tokens: float64(o.Burst), last: o.Now()}
}

// Notify queues an alert, or counts it as suppressed when over the rate
// limit or the queue is full. It never blocks.
func (w *Webhook) Notify(a ops.Alert) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.take() {
		w.suppressed++
		return
	}
	m := Message{Source: w.o.Source, Kind: a.Kind, Text: a.Text, Suppressed: w.suppressed, Time: w.o.Now().UTC()}
	select {
	case w.queue <- m:
		w.suppressed = 0
	default:
		w.suppressed++
	}
}

// take refills the bucket and takes a token if there is one; w.mu held.
func (w *Webhook) take() bool {
	now := w.o.Now()
	if el := now.Sub(w.last); el > 0 {
		w.tokens += float64(el) / float64(w.o.Every)
		if max := float64(w.o.Burst); w.tokens > max {
			w.tokens = max
		}
	}
	w.last = now
	if w.tokens < 1 {
		return false
	}
	w.tokens--
	return true
}

// summary queues a message reporting suppressed alerts when a token is
// free and nothing else would carry the count.
func (w *Webhook) summary() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.suppressed == 0 || !w.take() {
		return
	}
	m := Message{Source: w.o.Source, Kind: "suppressed", Text: fmt.Sprintf("%d alert(s) suppressed by the rate limit", w.suppressed),
		Suppressed: w.suppressed, Time: w.o.Now().UTC()}
	select {
	case w.queue <- m:
		w.suppressed = 0
	default:
		w.tokens++
	}
}

// Run sends queued messages until ctx is done, then makes one attempt at
// whatever is still queued, all within Timeout.
func (w *Webhook) Run(ctx context.Context) error {
	t := time.NewTicker(w.o.Tick)
	defer t.Stop()
	for {
		if ctx.Err() != nil {
			w.drain()
			return nil
		}
		select {
		case m := <-w.queue:
			w.deliver(ctx, m)
		case <-t.C:
			w.summary()
		case <-ctx.Done():
			w.drain()
			return nil
		}
	}
}

func (w *Webhook) drain() {
	ctx, cancel := context.WithTimeout(context.Background(), w.o.Timeout)
	defer cancel()
	for {
		select {
		case m := <-w.queue:
			if err := w.post(ctx, m); err != nil {
				w.o.Log.Warn().Str("kind", m.Kind).Str("err", w.redact(err.Error())).Msg("notify: webhook failed at shutdown")
			}
		default:
			return
		}
	}
}

// deliver posts m, retrying with backoff on network errors, 429 and 5xx.
func (w *Webhook) deliver(ctx context.Context, m Message) {
	backoff := w.o.Backoff
	for attempt := 0; ; attempt++ {
		// An attempt under way finishes (within Timeout) even when the run
		// stops: it may be the kill switch's alert.
		err := w.post(context.WithoutCancel(ctx), m)
		if err == nil {
			return
		}
		var perm permanent
		if errors.As(err, &perm) || attempt >= w.o.Retries {
			w.o.Log.Warn().Str("kind", m.Kind).Int("attempts", attempt+1).Str("err", w.redact(err.Error())).Msg("notify: webhook failed, alert dropped")
			return
		}
		w.o.Log.Debug().Str("kind", m.Kind).Int("attempt", attempt+1).Str("err", w.redact(err.Error())).Msg("notify: webhook failed, retrying")
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			w.o.Log.Warn().Str("kind", m.Kind).Str("err", w.redact(err.Error())).Msg("notify: webhook failed, stopping: alert dropped")
			return
		}
		backoff *= 2
	}
}

type permanent struct{ error }

// post makes one attempt. Its errors never contain the URL.
func (w *Webhook) post(ctx context.Context, m Message) error {
	body, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("webhook: encode: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, w.o.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.o.URL, bytes.NewReader(body))
	if err != nil {
		return permanent{errors.New("webhook: bad URL (not shown)")}
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := w.o.Client.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // the url.Error's message quotes the URL
		}
		return fmt.Errorf("webhook: post: %w", scrub{err})
	}
	resp.Body.Close()
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return fmt.Errorf("webhook: status %d", resp.StatusCode)
	}
	return permanent{fmt.Errorf("webhook: status %d", resp.StatusCode)}
}

// scrub keeps the innermost error below any url.Error (whose messages
// quote the URL).
type scrub struct{ err error }

func (s scrub) Error() string {
	e := s.err
	for {
		var ue *url.Error
		if !errors.As(e, &ue) {
			break
		}
		e = ue.Err
	}
	return e.Error()
}

// redact removes the URL and its secret-bearing parts (path, query,
// user info) from a message, in case a lower layer quoted them.
func (w *Webhook) redact(msg string) string {
	parts := []string{w.o.URL}
	if u, err := url.Parse(w.o.URL); err == nil {
		if len(u.Path) > 1 {
			parts = append(parts, u.Path, u.EscapedPath())
		}
		if u.RawQuery != "" {
			parts = append(parts, u.RawQuery)
		}
		if u.User != nil {
			parts = append(parts, u.User.String())
		}
	}
	for _, p := range parts {
		if p != "" {
			msg = strings.ReplaceAll(msg, p, "<redacted>")
		}
	}
	return msg
}
