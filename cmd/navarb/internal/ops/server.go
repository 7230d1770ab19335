package ops

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/rs/zerolog"
)

// ServerOptions configure the HTTP server.
type ServerOptions struct {
	// Addr is host:port to listen on ("127.0.0.1:9464"; port 0 picks one).
	Addr string
	// Token, when set, is required on every request as
	// "Authorization: Bearer <token>". It is never logged.
	Token   string
	Metrics *Metrics
	Log     zerolog.Logger
	// OnListen, if set, is called with the bound address before serving.
	OnListen func(net.Addr)
}

// Server serves /metrics, /healthz and /readyz.
type Server struct {
	o ServerOptions
}

// NewServer builds a server. It does no I/O.
func NewServer(o ServerOptions) *Server { return &Server{o: o} }

// Handler is the server's routes, behind the token check when a token is
// configured.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", s.o.Metrics.Handler())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, map[string]any{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", s.ready)
	if s.o.Token == "" {
		return mux
	}
	want := []byte("Bearer " + s.o.Token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get("Authorization"))
		if subtle.ConstantTimeCompare(got, want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="navarb"`)
			writeJSON(w, http.StatusUnauthorized, map[string]any{"error": "missing or wrong bearer token"})
			return
		}
		mux.ServeHTTP(w, r)
	})
}

func (s *Server) ready(w http.ResponseWriter, _ *http.Request) {
	snap := s.o.Metrics.Snapshot()
	reasons := snap.NotReady()
	if len(reasons) > 0 {
		writeJSON(w, http.StatusServiceUnavailable, map[string]any{"ready": false, "reasons": reasons})
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ready": true})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// Run listens and serves until ctx is done, then shuts down gracefully
// (in-flight scrapes get up to 5 s).
func (s *Server) Run(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.o.Addr)
	if err != nil {
		return fmt.Errorf("http: listen %s: %w", s.o.Addr, err)
	}
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
	s.o.Log.Info().Str("addr", ln.Addr().String()).Bool("token", s.o.Token != "").
		Msg("http: serving /metrics, /healthz, /readyz")
	if s.o.OnListen != nil {
		s.o.OnListen(ln.Addr())
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http: serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	serr := srv.Shutdown(sctx)
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("http: serve %s: %w", ln.Addr(), err)
	}
	return serr
}
