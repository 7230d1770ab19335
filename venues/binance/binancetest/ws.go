package binancetest

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// wsConn is one WebSocket client. Its stream set is guarded by x.mu; its
// writer goroutine owns the socket's write side.
type wsConn struct {
	c        *websocket.Conn
	futures  bool
	combined bool
	streams  map[string]bool
	send     chan []byte
	done     chan struct{}
	once     sync.Once
}

func (c *wsConn) close() {
	c.once.Do(func() {
		close(c.done)
		c.c.Close() //nolint:errcheck // dropping the connection is the point
	})
}

// enqueue queues msg without blocking; a client that is too far behind is
// dropped. Caller holds x.mu.
func (c *wsConn) enqueue(msg []byte) {
	select {
	case c.send <- msg:
	default:
		c.close()
	}
}

// serveWS upgrades a raw (/ws/<stream>) or combined (/stream?streams=a/b)
// connection.
func (x *Exchange) serveWS(futures, combined bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var names []string
		if combined {
			names = strings.Split(r.URL.Query().Get("streams"), "/")
		} else {
			_, rest, _ := strings.Cut(strings.TrimPrefix(r.URL.Path, "/"), "/")
			names = strings.Split(rest, "/")
		}
		ws, err := x.upgrader.Upgrade(w, r, nil)
		if err != nil {
			return // Upgrade has answered
		}
		c := &wsConn{
			c: ws, futures: futures, combined: combined, streams: map[string]bool{},
			send: make(chan []byte, x.o.SendBuffer), done: make(chan struct{}),
		}
		x.mu.Lock()
		if x.closed {
			x.mu.Unlock()
			ws.Close() //nolint:errcheck // shutting down
			return
		}
		for _, n := range names {
			if n = x.streamName(n); n != "" {
				c.streams[n] = true
			}
		}
		x.conns[c] = struct{}{}
		x.wg.Add(2)
		x.mu.Unlock()
		x.log.Debug().Bool("futures", futures).Strs("streams", names).Msg("ws connected")
		go x.writeLoop(c)
		go x.readLoop(c)
	}
}

// streamName normalises a stream name: market streams are lowercase,
// listen keys are kept as they are. Caller holds x.mu.
func (x *Exchange) streamName(n string) string {
	if n == "" {
		return ""
	}
	if _, ok := x.keys[n]; ok {
		return n
	}
	return strings.ToLower(n)
}

func (x *Exchange) dropConn(c *wsConn) {
	c.close()
	x.mu.Lock()
	delete(x.conns, c)
	x.mu.Unlock()
}

// writeLoop sends queued messages and pings, pausing while stalled.
func (x *Exchange) writeLoop(c *wsConn) {
	defer x.wg.Done()
	defer x.dropConn(c)
	ping := time.NewTicker(x.o.PingInterval)
	defer ping.Stop()
	for {
		select {
		case <-c.done:
			return
		case msg := <-c.send:
			if !x.waitStall(c) {
				return
			}
			c.c.SetWriteDeadline(time.Now().Add(10 * time.Second)) //nolint:errcheck // checked by the write
			if err := c.c.WriteMessage(websocket.TextMessage, msg); err != nil {
				return
			}
		case <-ping.C:
			if !x.waitStall(c) {
				return
			}
			if err := c.c.WriteControl(websocket.PingMessage, nil, time.Now().Add(10*time.Second)); err != nil {
				return
			}
		}
	}
}

// waitStall blocks while an injected stall lasts; false if c closed.
func (x *Exchange) waitStall(c *wsConn) bool {
	for {
		x.mu.Lock()
		until := x.faults.stallUntil
		x.mu.Unlock()
		d := time.Until(until)
		if d <= 0 {
			return true
		}
		t := time.NewTimer(d)
		select {
		case <-c.done:
			t.Stop()
			return false
		case <-t.C:
		}
	}
}

// wsRequest is a live SUBSCRIBE / UNSUBSCRIBE / LIST_SUBSCRIPTIONS request.
type wsRequest struct {
	Method string   `json:"method"`
	Params []string `json:"params"`
	ID     any      `json:"id"`
}

// readLoop handles pongs (via the read deadline) and subscription requests.
func (x *Exchange) readLoop(c *wsConn) {
	defer x.wg.Done()
	defer x.dropConn(c)
	extend := func() {
		c.c.SetReadDeadline(time.Now().Add(x.o.PongWait)) //nolint:errcheck // checked by the read
	}
	extend()
	c.c.SetPongHandler(func(string) error { extend(); return nil })
	for {
		_, msg, err := c.c.ReadMessage()
		if err != nil {
			return
		}
		extend()
		var req wsRequest
		if json.Unmarshal(msg, &req) != nil {
			continue
		}
		x.mu.Lock()
		var result any
		switch req.Method {
		case "SUBSCRIBE":
			for _, n := range req.Params {
				if n = x.streamName(n); n != "" {
					c.streams[n] = true
				}
			}
		case "UNSUBSCRIBE":
			for _, n := range req.Params {
				delete(c.streams, x.streamName(n))
			}
		case "LIST_SUBSCRIPTIONS":
			list := []string{}
			for n := range c.streams {
				list = append(list, n)
			}
			result = list
		}
		b, _ := json.Marshal(struct {
			Result any `json:"result"`
			ID     any `json:"id"`
		}{result, req.ID})
		c.enqueue(b)
		x.mu.Unlock()
	}
}

// publish sends v on stream to every subscribed connection of the spot or
// futures family. Caller holds x.mu.
func (x *Exchange) publish(futures bool, stream string, v any) {
	var raw, wrapped []byte
	for c := range x.conns {
		if c.futures != futures || !c.streams[stream] {
			continue
		}
		if raw == nil {
			var err error
			if raw, err = json.Marshal(v); err != nil {
				x.log.Error().Err(err).Str("stream", stream).Msg("marshal")
				return
			}
		}
		if !c.combined {
			c.enqueue(raw)
			continue
		}
		if wrapped == nil {
			wrapped, _ = json.Marshal(struct {
				Stream string          `json:"stream"`
				Data   json.RawMessage `json:"data"`
			}{stream, raw})
		}
		c.enqueue(wrapped)
	}
}
