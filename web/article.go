package web

import (
	"net/http"
	"strconv"
)

// articleData is the article page.
type articleData struct {
	Article    *Article
	Paragraphs [][]segment
}

// pathID reads the path's {id}.
func pathID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id < 1 {
		return 0, &ParamError{"id", s, "want an article number"}
	}
	return id, nil
}

func (s *Server) article(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := s.queryContext(r, 1)
	defer cancel()
	a, err := s.store.Article(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "article.html", page{Title: a.Title, Tab: "article",
		Data: articleData{Article: a, Paragraphs: paragraphs(a.Text, a.Facts)}})
}

func (s *Server) fetch(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ctx, cancel := s.queryContext(r, 1)
	defer cancel()
	f, err := s.store.Fetch(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "fetch.html", page{Title: "Fetch " + strconv.FormatInt(id, 10), Tab: "fetch", Data: f})
}
