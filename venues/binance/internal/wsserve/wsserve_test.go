package wsserve_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/futures"
	"github.com/gorilla/websocket"
	"go.uber.org/goleak"

	"github.com/navarb/navarb/venues/binance/internal/wsserve"
)

// No filter for go-binance's keepAlive goroutine: with this transport
// installed there is none.
func TestMain(m *testing.M) {
	wsserve.Install()
	goleak.VerifyTestMain(m)
}

// server sends n numbered depth messages on each connection, then either
// holds the connection open until the client goes or closes it.
type server struct {
	n    int
	hold bool
	wg   sync.WaitGroup
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.wg.Add(1)
	defer s.wg.Done()
	c, err := (&websocket.Upgrader{}).Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	for i := 1; i <= s.n; i++ {
		msg := `{"e":"depthUpdate","E":1,"s":"ETHUSDT","U":` + itoa(i) + `,"u":` + itoa(i) + `,"b":[["1.0","2.0"]],"a":[]}`
		if err := c.WriteMessage(websocket.TextMessage, []byte(msg)); err != nil {
			return
		}
	}
	if s.hold {
		for {
			if _, _, err := c.ReadMessage(); err != nil {
				return
			}
		}
	}
	c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "bye"), time.Now().Add(time.Second)) //nolint:errcheck
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b []byte
	for ; i > 0; i /= 10 {
		b = append([]byte{byte('0' + i%10)}, b...)
	}
	return string(b)
}

func start(t *testing.T, s *server) string {
	ts := httptest.NewServer(s)
	t.Cleanup(func() { ts.CloseClientConnections(); ts.Close(); s.wg.Wait() })
	return "ws" + strings.TrimPrefix(ts.URL, "http")
}

func TestStopIsSilentAndLeavesNothingBehind(t *testing.T) {
	url := start(t, &server{n: 3, hold: true})
	got := make(chan string, 3)
	var errs atomic.Int32
	done, stop, err := wsserve.Serve(url, nil, func(b []byte) { got <- string(b) }, func(error) { errs.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		select {
		case m := <-got:
			if !strings.Contains(m, `"U":`+itoa(i)+`,`) {
				t.Fatalf("message %d = %s", i, m)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("message %d never came", i)
		}
	}
	close(stop)
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("doneC not closed after stop")
	}
	if n := errs.Load(); n != 0 {
		t.Fatalf("errHandler called %d times after a stop", n)
	}
	goleak.VerifyNone(t, goleak.IgnoreCurrent())
}

func TestServerCloseReportsOnce(t *testing.T) {
	url := start(t, &server{n: 1})
	var errs atomic.Int32
	done, _, err := wsserve.Serve(url, nil, func([]byte) {}, func(error) { errs.Add(1) })
	if err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("doneC not closed after the server closed")
	}
	if n := errs.Load(); n != 1 {
		t.Fatalf("errHandler called %d times, want 1", n)
	}
}

func TestBadProxyIsAnError(t *testing.T) {
	bad := "://nope"
	if _, _, err := wsserve.Serve("ws://127.0.0.1:1/x", &bad, func([]byte) {}, func(error) {}); err == nil {
		t.Fatal("a malformed proxy URL was accepted")
	}
}

// go-binance's own stream functions, spot and USD-M, run on this
// transport, and stopping them while messages flow is race-free (run
// under -race: go-binance's transport reports a race here now and then).
func TestGoBinanceStreamsUseThisTransport(t *testing.T) {
	url := start(t, &server{n: 50, hold: true})
	base := strings.TrimSuffix(url, "/")
	gobinance.BaseWsMainURL = base + "/ws"
	futures.BaseWsMainUrl = base + "/fws"
	for i := 0; i < 40; i++ {
		before := wsserve.Dials()
		first := make(chan struct{})
		var once sync.Once
		var done, stop chan struct{}
		var err error
		if i%2 == 0 {
			done, stop, err = gobinance.WsDepthServe("ETHUSDT", func(*gobinance.WsDepthEvent) { once.Do(func() { close(first) }) }, func(error) {})
		} else {
			done, stop, err = futures.WsDiffDepthServe("ETHUSDT", func(*futures.WsDepthEvent) { once.Do(func() { close(first) }) }, func(error) {})
		}
		if err != nil {
			t.Fatal(err)
		}
		if wsserve.Dials() != before+1 {
			t.Fatalf("round %d: go-binance dialled around this transport", i)
		}
		select {
		case <-first:
		case <-time.After(5 * time.Second):
			t.Fatalf("round %d: no event", i)
		}
		close(stop) // while the rest of the 50 messages may still be arriving
		<-done
	}
	goleak.VerifyNone(t, goleak.IgnoreCurrent())
}
