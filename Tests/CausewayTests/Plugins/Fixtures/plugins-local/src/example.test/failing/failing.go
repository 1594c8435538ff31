// Package failing does not compile: it uses a name that does not exist.
package failing

import (
	"context"
	"net/http"
)

type Config struct{}

func CreateConfig() *Config { return &Config{} }

func New(ctx context.Context, next http.Handler, config *Config, name string) (http.Handler, error) {
	return undefinedHandler(next), nil
}
