/** 养老金测算: the assumptions form wired to the estimate query (the last good answer stays while re-running). */
import { useEffect, useReducer } from 'react'
import { useRouter } from '@tarojs/taro'
import { queries } from '@/query/queries'
import { estimateInit, estimateReducer, sameAssumptions, type EstimateForm } from './estimate.model'
import { useKeptQuery } from './useKeptQuery'

export function useEstimate() {
  const params = useRouter().params
  const [state, dispatch] = useReducer(estimateReducer, params, estimateInit)
  const answer = useKeptQuery(queries.estimate, state.applied)
  const fresh = answer.current ? answer.data : undefined

  useEffect(() => {
    if (fresh) dispatch({ type: 'answer', result: fresh })
  }, [fresh])

  const run = () => {
    if (answer.loading) return
    if (sameAssumptions(state.form, state.applied)) void answer.reload()
    else dispatch({ type: 'run' })
  }

  return {
    form: state.form,
    edit: (patch: Partial<EstimateForm>) => dispatch({ type: 'edit', patch }),
    run,
    result: answer.data,
    /** the assumptions the shown result was made with */
    applied: answer.shownArgs,
    error: answer.error,
    busy: answer.loading,
    retry: answer.reload,
  }
}
