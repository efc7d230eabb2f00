from tests.browser.lab import open_notebook, run_all


def test_first_lesson_runs(page, lab_server):
    open_notebook(page, lab_server, "00-start-here.ipynb")
    run_all(page)
    assert "Talks underway" in page.locator(".jp-OutputArea").first.inner_text()
