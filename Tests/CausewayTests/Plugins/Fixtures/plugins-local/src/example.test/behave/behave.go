// Package behave is a test plugin: each request path exercises one thing a Traefik plugin may
// do (decode options, set headers around next, wrap the writer, replace the body, rewrite
// the URL, answer itself, misbehave).
package behave

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"time"
)

type Nested struct {
	Label  string
	Weight int
}

type Config struct {
	Greeting string
	Count    int
	Enabled  bool
	Tags     []string
	Extra    map[string]string
	Nested   Nested
	Ratio    float64
	Files    string
	Codes    map[int]string
	Remote   string
}

func CreateConfig() *Config {
	return &Config{Greeting: "default", Count: 1, Extra: map[string]string{}}
}

// instances counts New calls: package state is shared by every instance of the plugin.
var instances int

type behave struct {
	next   http.Handler
	config *Config
	name   string
	ctx    context.Context
}

func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
	if config.Greeting == "fail" {
		return nil, fmt.Errorf("greeting %q is refused", config.Greeting)
	}
	instances++
	return &behave{next: next, config: config, name: name, ctx: ctx}, nil
}

// rewriter buffers the response to rewrite it when the handler is done.
type rewriter struct {
	http.ResponseWriter
	status int
	body   []byte
}

func (r *rewriter) WriteHeader(code int) { r.status = code }

func (r *rewriter) Write(p []byte) (int, error) {
	r.body = append(r.body, p...)
	return len(p), nil
}

type sliceReader struct {
	data []byte
	pos  int
}

func (s *sliceReader) Read(p []byte) (int, error) {
	if s.pos >= len(s.data) {
		return 0, io.EOF
	}
	n := copy(p, s.data[s.pos:])
	s.pos += n
	return n, nil
}

func (s *sliceReader) Close() error { return nil }

func (b *behave) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	c := b.config
	switch {
	case req.URL.Path == "/options":
		fmt.Fprintf(rw, "%s|%d|%v|%v|%v|%s|%d|%v|%s|%v", c.Greeting, c.Count, c.Enabled, c.Tags, c.Extra,
			c.Nested.Label, c.Nested.Weight, c.Ratio, b.name, c.Codes)
	case req.URL.Path == "/instances":
		fmt.Fprintf(rw, "%d", instances)
	case req.URL.Path == "/panic":
		panic("plugin exploded")
	case req.URL.Path == "/loop":
		n := 0
		for {
			n++
		}
	case req.URL.Path == "/alloc":
		var hoard []string
		for {
			hoard = append(hoard, strings.Repeat("x", 1024))
		}
	case req.URL.Path == "/teapot":
		rw.Header().Set("X-Plugin", b.name)
		rw.WriteHeader(http.StatusTeapot)
		rw.Write([]byte("short and stout"))
	case strings.HasPrefix(req.URL.Path, "/rewrite"):
		wrapped := &rewriter{ResponseWriter: rw, status: http.StatusOK}
		req.URL.Path = "/echo"
		b.next.ServeHTTP(wrapped, req)
		text := strings.ReplaceAll(string(wrapped.body), "server:", "SERVER:")
		rw.Header().Del("Content-Length")
		rw.Header().Set("X-Rewritten", "yes")
		rw.WriteHeader(wrapped.status)
		rw.Write([]byte(text))
	case req.URL.Path == "/upload":
		data, err := io.ReadAll(req.Body)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		replaced := []byte(strings.ToUpper(string(data)) + "!")
		req.Body = &sliceReader{data: replaced}
		req.ContentLength = int64(len(replaced))
		req.URL.Path = "/echo/upload"
		b.next.ServeHTTP(rw, req)
	case req.URL.Path == "/move":
		req.URL.Path = "/echo/moved here"
		req.URL.RawQuery = "from=plugin"
		b.next.ServeHTTP(rw, req)
	case req.URL.Path == "/cookie":
		session, err := req.Cookie("session")
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadRequest)
			return
		}
		http.SetCookie(rw, &http.Cookie{Name: "seen", Value: session.Value, Path: "/", MaxAge: 60, HttpOnly: true, SameSite: http.SameSiteLaxMode})
		http.SetCookie(rw, &http.Cookie{Name: "auth", Value: "Bearer " + session.Value})
		fmt.Fprintf(rw, "session=%s cookies=%d", session.Value, len(req.Cookies()))
	case req.URL.Path == "/redirect":
		http.Redirect(rw, req, "/elsewhere?from=plugin", http.StatusFound)
	case strings.HasPrefix(req.URL.Path, "/files/"):
		req.URL.Path = strings.TrimPrefix(req.URL.Path, "/files")
		http.FileServer(http.Dir(c.Files)).ServeHTTP(rw, req)
	case req.URL.Path == "/limited":
		_, err := io.ReadAll(http.MaxBytesReader(rw, req.Body, 4))
		if err != nil {
			http.Error(rw, err.Error(), http.StatusRequestEntityTooLarge)
			return
		}
		fmt.Fprint(rw, "small enough")
	case req.URL.Path == "/xff":
		req.Header.Set("X-Seen-Forwarded-For", req.Header.Get("X-Forwarded-For"))
		req.URL.Path = "/echo/xff"
		b.next.ServeHTTP(rw, req)
	case req.URL.Path == "/lazy":
		// Header methods on a map Go code has not used as a map yet, then next as the last step.
		got := req.Header.Get("x-mixed-case")
		req.Header.Set("X-Set", "s")
		req.Header.Add("X-Added", "one")
		req.Header.Add("x-added", "two")
		req.Header.Del("X-Remove-Me")
		clone := req.Header.Clone()
		clone.Set("X-Only-In-Clone", "c")
		req.Header.Set("X-Got", got+"|"+req.Header.Get("Host")+"|"+req.Header.Get("X-Added")+"|"+clone.Get("X-Set"))
		req.URL.Path = "/echo/lazy"
		b.next.ServeHTTP(rw, req)
	case req.URL.Path == "/lazy-map":
		req.Header.Set("X-Set", "s")
		n := len(req.Header["X-Added"])
		req.Header.Add("X-Added", "three")
		req.Header["X-Count"] = []string{strconv.Itoa(n)}
		req.Header.Del("X-Remove-Me")
		req.URL.Path = "/echo/lazy-map"
		b.next.ServeHTTP(rw, req)
	case req.URL.Path == "/headers":
		fmt.Fprintf(rw, "host=%s accept=%q multi=%q has-host=%v no-body=%v", req.Host, req.Header.Values("Accept"), req.Header["X-Multi-Word"], req.Header.Get("Host") != "", req.Body == http.NoBody)
	case req.URL.Path == "/hijack":
		h, ok := rw.(http.Hijacker)
		_, _, err := h.Hijack()
		fmt.Fprintf(rw, "%v %v", ok, err)
	case req.URL.Path == "/recorder":
		rec := httptest.NewRecorder()
		req.URL.Path = "/echo/rec"
		b.next.ServeHTTP(rec, req)
		rw.Header().Set("X-Recorded-Code", strconv.Itoa(rec.Code))
		rw.Write(bytes.ToUpper(rec.Body.Bytes()))
	case req.URL.Path == "/fresh":
		fresh, err := http.NewRequestWithContext(req.Context(), http.MethodGet, "http://backend.internal/echo/fresh?x=1", nil)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusInternalServerError)
			return
		}
		fresh.Header.Set("X-Fresh", "yes")
		b.next.ServeHTTP(rw, fresh)
	case req.URL.Path == "/call":
		client := &http.Client{Timeout: 5 * time.Second}
		outbound, _ := http.NewRequest(http.MethodGet, c.Remote+"/echo/outbound?from=plugin", nil)
		outbound.Header.Set("X-Asked-By", b.name)
		resp, err := client.Do(outbound)
		if err != nil {
			http.Error(rw, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		fmt.Fprintf(rw, "%d %s|%s", resp.StatusCode, resp.Header.Get("Content-Length"), data)
	case req.URL.Path == "/call-denied":
		_, err := http.Get("http://forbidden.example/")
		fmt.Fprint(rw, err)
	case req.URL.Path == "/context":
		if b.ctx.Err() != nil {
			fmt.Fprint(rw, "cancelled")
		} else {
			fmt.Fprint(rw, "live")
		}
	default:
		req.Header.Set("X-Greeting", c.Greeting)
		rw.Header().Set("X-Before", "set")
		b.next.ServeHTTP(rw, req)
		rw.Header().Set("X-After", "too late")
	}
}
