package notify_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/navarb/navarb/cmd/navarb/internal/notify"
	"github.com/navarb/navarb/cmd/navarb/internal/ops"
)

// fakeClock is the rate limiter's clock, moved by the test.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *fakeClock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// sink is a webhook endpoint recording what it receives.
type sink struct {
	mu   sync.Mutex
	got  []notify.Message
	hits int
	// status, if set, answers each hit (by hit number from 0); 200 after.
	status []int
	gate   chan struct{} // if set, every request waits on it
}

func (s *sink) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.gate != nil {
		<-s.gate
	}
	var m notify.Message
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		http.Error(w, err.Error(), 400)
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.hits
	s.hits++
	if n < len(s.status) && s.status[n] != 200 {
		w.WriteHeader(s.status[n])
		return
	}
	s.got = append(s.got, m)
}

func (s *sink) messages() []notify.Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]notify.Message(nil), s.got...)
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func start(t *testing.T, o notify.Options) *notify.Webhook {
	t.Helper()
	w := notify.New(o)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run: %v", err)
		}
	})
	return w
}

// TestRateLimitAndCoalescing: a burst of 2 then one per hour; of 7 alerts
// two go at once, five are counted, and the count rides on the next message
// once the bucket refills; later suppressions go out on their own as a
// summary.
func TestRateLimitAndCoalescing(t *testing.T) {
	s := &sink{}
	srv := httptest.NewServer(s)
	defer srv.Close()
	clk := &fakeClock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	w := start(t, notify.Options{URL: srv.URL, Burst: 2, Every: time.Hour, Tick: 5 * time.Millisecond, Now: clk.Now, Log: zerolog.Nop()})
	for i := range 7 {
		w.Notify(ops.Alert{Kind: "stale", Text: "alert " + string(rune('a'+i))})
	}
	waitFor(t, "two messages", func() bool { return len(s.messages()) == 2 })
	time.Sleep(50 * time.Millisecond) // ticks pass: no token, no summary
	if got := len(s.messages()); got != 2 {
		t.Fatalf("sent %d messages before the bucket refilled, want 2", got)
	}
	clk.Add(time.Hour)
	w.Notify(ops.Alert{Kind: "kill_switch", Text: "kill"})
	waitFor(t, "third message", func() bool { return len(s.messages()) == 3 })
	m := s.messages()
	if got, want := []string{m[0].Text, m[1].Text}, []string{"alert a", "alert b"}; got[0] != want[0] || got[1] != want[1] {
		t.Errorf("first messages %q, want %q", got, want)
	}
	if m[0].Suppressed != 0 || m[2].Kind != "kill_switch" || m[2].Suppressed != 5 {
		t.Errorf("third message %+v, want kill_switch carrying 5 suppressed", m[2])
	}
	// Three more over the limit and nothing after them: a summary goes
	// when a token is free.
	for range 3 {
		w.Notify(ops.Alert{Kind: "stale", Text: "x"})
	}
	time.Sleep(50 * time.Millisecond)
	if got := len(s.messages()); got != 3 {
		t.Fatalf("sent %d messages with an empty bucket, want 3", got)
	}
	clk.Add(time.Hour)
	waitFor(t, "summary", func() bool { return len(s.messages()) == 4 })
	if got := s.messages()[3]; got.Kind != "suppressed" || got.Suppressed != 3 {
		t.Errorf("summary %+v, want kind suppressed, 3", got)
	}
}

// TestSlowServerNeverBlocks: with the endpoint stuck, a thousand alerts
// return at once; the queue bound caps what waits and the rest is counted.
func TestSlowServerNeverBlocks(t *testing.T) {
	s := &sink{gate: make(chan struct{})}
	srv := httptest.NewServer(s)
	defer srv.Close()
	defer close(s.gate)
	w := start(t, notify.Options{URL: srv.URL, Burst: 10000, Every: time.Millisecond, Queue: 4, Timeout: 30 * time.Second, Log: zerolog.Nop()})
	done := make(chan struct{})
	go func() {
		for range 1000 {
			w.Notify(ops.Alert{Kind: "loop_failed", Text: "reverted"})
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Notify blocked on a stuck endpoint")
	}
}

// TestRetriesWithBackoff: 503 and 500 are retried and the message arrives
// once; a 400 is not retried.
func TestRetriesWithBackoff(t *testing.T) {
	s := &sink{status: []int{503, 500, 200, 400}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	w := start(t, notify.Options{URL: srv.URL, Backoff: time.Millisecond, Retries: 3, Log: zerolog.Nop()})
	w.Notify(ops.Alert{Kind: "kill_switch", Text: "k"})
	waitFor(t, "delivery after retries", func() bool { return len(s.messages()) == 1 })
	w.Notify(ops.Alert{Kind: "stale", Text: "s"})
	w.Notify(ops.Alert{Kind: "stale", Text: "t"})
	waitFor(t, "next message", func() bool { return len(s.messages()) == 2 })
	s.mu.Lock()
	hits := s.hits
	s.mu.Unlock()
	if hits != 5 {
		t.Errorf("endpoint hit %d times, want 5 (3 for the first, 1 refused with 400 and not retried, 1 for the third)", hits)
	}
	if got := s.messages()[1].Text; got != "t" {
		t.Errorf("second delivered %q, want t (s was refused)", got)
	}
}

// TestURLNeverLogged: failures against an endpoint whose URL holds a token,
// a refused connection and a bad status, leave the token out of the logs.
func TestURLNeverLogged(t *testing.T) {
	const token = "hooks-secret-7f3a9c"
	s := &sink{status: []int{500, 500, 500, 500, 404}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	closed := httptest.NewServer(http.NotFoundHandler())
	closedURL := closed.URL
	closed.Close()
	for _, u := range []string{srv.URL + "/services/" + token + "?key=" + token, closedURL + "/" + token, "http://user:" + token + "@" + strings.TrimPrefix(closedURL, "http://") + "/x"} {
		var logs bytes.Buffer
		var mu sync.Mutex
		log := zerolog.New(zerolog.SyncWriter(&lockedWriter{&mu, &logs})).Level(zerolog.DebugLevel)
		w := notify.New(notify.Options{URL: u, Backoff: time.Millisecond, Retries: 2, Timeout: time.Second, Log: log})
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- w.Run(ctx) }()
		w.Notify(ops.Alert{Kind: "stale", Text: "s"})
		waitFor(t, "failure logged", func() bool {
			mu.Lock()
			defer mu.Unlock()
			return strings.Contains(logs.String(), "alert dropped")
		})
		cancel()
		<-done
		mu.Lock()
		out := logs.String()
		mu.Unlock()
		if strings.Contains(out, token) {
			t.Errorf("%s: token in logs:\n%s", u[:10], out)
		}
		if !strings.Contains(out, "webhook") {
			t.Errorf("no failure detail logged:\n%s", out)
		}
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	b  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// TestShutdownDelivers: alerts queued when the run stops (a kill switch
// at shutdown) still go out, once.
func TestShutdownDelivers(t *testing.T) {
	s := &sink{}
	srv := httptest.NewServer(s)
	defer srv.Close()
	w := notify.New(notify.Options{URL: srv.URL, Log: zerolog.Nop()})
	w.Notify(ops.Alert{Kind: "kill_switch", Text: "max loss"})
	w.Notify(ops.Alert{Kind: "stale", Text: "pool"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := w.Run(ctx); err != nil {
		t.Fatal(err)
	}
	m := s.messages()
	if len(m) != 2 || m[0].Kind != "kill_switch" || m[1].Kind != "stale" {
		t.Errorf("delivered %+v, want the kill switch then the stale alert", m)
	}
}
