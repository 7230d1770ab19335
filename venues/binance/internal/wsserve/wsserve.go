// Package wsserve replaces the WebSocket transport under go-binance's
// market and user data streams, spot and USD-M: Install, called once where
// go-binance's package variables are set (cmd; tests' TestMain), before any
// stream starts.
//
// go-binance v2.8.7 (the newest release) runs each stream on one reader
// goroutine plus a closer that, when the caller closes stopC, sets an
// unsynchronised "silent" flag the reader then reads: a data race the race
// detector reports now and then when a stream is stopped. Its optional
// keepAlive goroutine also outlives the connection by up to
// WebsocketTimeout. The library keeps the transport in an unexported
// package variable (wsServe) with the same signature in both packages;
// this package installs a transport with the same contract (dial with the
// configured proxy, 655,350-byte read limit, one handler call per message
// in order, errHandler on a read error unless the caller stopped the
// stream, doneC closed when the reader has exited) and no race and no
// goroutine left behind. Pings from the venue are answered by the
// WebSocket library's default handler; staleness is the connector's job
// (it has its own stale-stream timer).
package wsserve

import (
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"time"
	_ "unsafe" // go:linkname

	gobinance "github.com/adshao/go-binance/v2"
	"github.com/adshao/go-binance/v2/futures"
	"github.com/gorilla/websocket"
)

//go:linkname spotServe github.com/adshao/go-binance/v2.wsServe
var spotServe func(*gobinance.WsConfig, gobinance.WsHandler, gobinance.ErrHandler) (chan struct{}, chan struct{}, error)

//go:linkname futuresServe github.com/adshao/go-binance/v2/futures.wsServe
var futuresServe func(*futures.WsConfig, futures.WsHandler, futures.ErrHandler) (chan struct{}, chan struct{}, error)

// readLimit is the largest message accepted, as in go-binance.
const readLimit = 655350

var once sync.Once

// Install points go-binance's spot and USD-M stream transport at Serve.
// Only the first call does anything; call it before any stream starts.
func Install() {
	once.Do(func() {
		spotServe = func(cfg *gobinance.WsConfig, h gobinance.WsHandler, eh gobinance.ErrHandler) (chan struct{}, chan struct{}, error) {
			return Serve(cfg.Endpoint, cfg.Proxy, h, eh)
		}
		futuresServe = func(cfg *futures.WsConfig, h futures.WsHandler, eh futures.ErrHandler) (chan struct{}, chan struct{}, error) {
			return Serve(cfg.Endpoint, cfg.Proxy, h, eh)
		}
	})
}

var dials atomic.Int64

// Dials counts the connections Serve has opened, for tests that check a
// go-binance stream runs on this transport.
func Dials() int64 { return dials.Load() }

// Serve dials endpoint (through proxy when set, else the environment's
// proxy) and calls handler with each message on one goroutine. Closing
// stopC closes the connection without a call to errHandler; doneC is
// closed once the reader has returned.
func Serve(endpoint string, proxy *string, handler func([]byte), errHandler func(error)) (doneC, stopC chan struct{}, err error) {
	px := http.ProxyFromEnvironment
	if proxy != nil {
		u, err := url.Parse(*proxy)
		if err != nil {
			return nil, nil, err
		}
		px = http.ProxyURL(u)
	}
	d := websocket.Dialer{Proxy: px, HandshakeTimeout: 45 * time.Second, EnableCompression: true}
	c, _, err := d.Dial(endpoint, nil)
	if err != nil {
		return nil, nil, err
	}
	dials.Add(1)
	c.SetReadLimit(readLimit)
	doneC = make(chan struct{})
	stopC = make(chan struct{})
	var stopped atomic.Bool
	go func() {
		defer close(doneC)
		exited, closerDone := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(closerDone)
			select {
			case <-stopC:
				stopped.Store(true)
			case <-exited:
			}
			c.Close() //nolint:errcheck // the reader reports the end
		}()
		// doneC closes only after the closer has: nothing outlives it.
		defer func() { close(exited); <-closerDone }()
		for {
			_, msg, err := c.ReadMessage()
			if err != nil {
				if !stopped.Load() {
					errHandler(err)
				}
				return
			}
			handler(msg)
		}
	}()
	return doneC, stopC, nil
}
