package studio

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// TokenHeader is the request header that carries the per-process token on
// every state-changing request.
const TokenHeader = "X-Stepwise-Token"

// newToken draws 32 random bytes as hex.
func newToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// IsLoopback reports whether addr (host:port) listens on the loopback
// interface only; the CLI warns when it does not.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// allowedHosts are the Host header values that name this server: the
// listen address and, on loopback, its localhost spellings.
func allowedHosts(addr string) map[string]bool {
	hosts := map[string]bool{strings.ToLower(addr): true}
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return hosts
	}
	if IsLoopback(addr) {
		for _, h := range []string{"localhost", "127.0.0.1", "[::1]"} {
			hosts[h+":"+port] = true
		}
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		hosts["localhost:"+port] = true
		hosts["127.0.0.1:"+port] = true
	}
	return hosts
}

// guard wraps h with the checks every request passes: a Host naming this
// server (against DNS rebinding), an Origin, when sent, of this server
// (against cross-site requests), only GET, HEAD and POST, and for POST
// the token and a JSON body of bounded size.
func (s *Server) guard(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
		w.Header().Set("Referrer-Policy", "no-referrer")
		if !s.hosts[strings.ToLower(r.Host)] {
			http.Error(w, "studio: this server answers only requests for "+s.addr, http.StatusForbidden)
			return
		}
		if o := r.Header.Get("Origin"); o != "" {
			u, err := url.Parse(o)
			if err != nil || u.Scheme != "http" || !s.hosts[strings.ToLower(u.Host)] {
				http.Error(w, "studio: cross-origin request refused", http.StatusForbidden)
				return
			}
		}
		switch r.Method {
		case http.MethodGet, http.MethodHead:
		case http.MethodPost:
			got := r.Header.Get(TokenHeader)
			if subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1 {
				http.Error(w, "studio: missing or wrong "+TokenHeader, http.StatusForbidden)
				return
			}
			if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				http.Error(w, "studio: want Content-Type application/json", http.StatusUnsupportedMediaType)
				return
			}
			if r.ContentLength > s.maxBody {
				http.Error(w, "studio: request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			r.Body = http.MaxBytesReader(w, r.Body, s.maxBody)
		default:
			w.Header().Set("Allow", "GET, HEAD, POST")
			http.Error(w, "studio: method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h.ServeHTTP(w, r)
	})
}
